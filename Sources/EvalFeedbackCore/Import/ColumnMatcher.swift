import Foundation

/// How a mapping file names a column: its header text (case, accents, spaces and punctuation
/// do not matter), or a regular expression between slashes (`/^hoe beoordeelt u de trainer/`).
public enum ColumnMatcher: Sendable, Equatable {
    /// The header text, normalised.
    case text(String)
    /// A case-insensitive regular expression, searched in the header text.
    case pattern(String)

    /// Reads a mapping file's value; nil when the regular expression does not compile.
    public init?(_ value: String) {
        if value.count > 2, value.hasPrefix("/"), value.hasSuffix("/") {
            let pattern = String(value.dropFirst().dropLast())
            guard (try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive])) != nil else { return nil }
            self = .pattern(pattern)
        } else {
            self = .text(HeaderMap.normalise(value))
        }
    }

    /// True when the header text `header` is this column.
    func matches(_ header: String) -> Bool {
        switch self {
        case .text(let key): return HeaderMap.normalise(header) == key
        case .pattern(let pattern):
            return header.range(of: pattern, options: [.regularExpression, .caseInsensitive]) != nil
        }
    }
}
