/// Why a record was kept verbatim instead of imported (R5), as a value: the CLI words it in
/// English (`description`, the text the register has always stored), a page in its reader's
/// language. Stored with the reject, so that a reject of any import, by the CLI, the nightly
/// job or the server, can be worded again.
public enum RejectReason: Sendable, Codable, Equatable, CustomStringConvertible {
    /// The CSV reading could not make a record of the line at all.
    case unreadable(LineProblem)
    /// A record of `found` fields where the header has `expected`: its columns are shifted, so
    /// no score can be trusted to be the one it seems. `quotes` when its quoting was broken too.
    case fieldCount(found: Int, expected: Int, quotes: LineProblem?)

    /// The CLI's words, as `evalfeedback rejects` lists them.
    public var description: String {
        switch self {
        case .unreadable(let problem): problem.description
        case .fieldCount(let found, let expected, let quotes):
            "\(quotes.map { "\($0), and it " } ?? "")has \(found) fields where the header has \(expected); a "
                + "delimiter in an unquoted value, or a missing one, shifts the columns, so its scores cannot be read "
                + "safely"
        }
    }
}
