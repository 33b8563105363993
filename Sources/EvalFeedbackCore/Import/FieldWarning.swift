/// A data-quality problem in one field of a record that was still imported (R4).
public struct FieldWarning: Sendable, Codable, Equatable, CustomStringConvertible {
    /// The file's name.
    public let file: String
    /// The line the record starts on.
    public let line: Int
    /// The field, by its canonical name.
    public let field: String
    /// What is wrong, as a value a page words in its reader's language.
    public let issue: FieldIssue

    /// What is wrong and what was done about it, in the CLI's words.
    public var message: String { issue.description }

    /// The message for the user: where, what, and what to do.
    public var description: String { "\(file):\(line): \(field): \(message)" }
}
