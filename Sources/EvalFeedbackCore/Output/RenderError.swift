/// A format a list or report cannot be written in.
public enum RenderError: Error, CustomStringConvertible {
    /// `what` has no rendering in `format`.
    case unsupported(OutputFormat, what: String)

    /// The message for the user: where, what, and what to do.
    public var description: String {
        switch self {
        case .unsupported(let format, let what):
            "\(what) cannot be written as \(format.rawValue); see the command's --help for its formats."
        }
    }
}
