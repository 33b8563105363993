/// Why the CSV reading could not take a line as it is written: a value, so that the CLI says it
/// in English and the pages in the reader's language (issue 23), and a stored reject keeps it (R5).
public enum LineProblem: Sendable, Codable, Equatable, CustomStringConvertible {
    /// A quote mark in the middle of a field that was not quoted, or text after a closing quote.
    case misplacedQuote
    /// A quoted field that runs to the end of the file, or past the lines a record may take.
    case unclosedQuote
    /// A line longer than `limitMiB` MiB, which no evaluation has: only its first `keptKiB` KiB are kept.
    case overlongLine(limitMiB: Int, keptKiB: Int)

    /// The CLI's words: `a quote in the wrong place`.
    public var description: String {
        switch self {
        case .misplacedQuote: "a quote in the wrong place"
        case .unclosedQuote: "a quoted field is never closed"
        case .overlongLine(let limit, let kept):
            "a line longer than \(limit) MiB, which no evaluation has; only its first \(kept) KiB are kept"
        }
    }
}
