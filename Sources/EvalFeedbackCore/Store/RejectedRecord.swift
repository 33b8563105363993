/// A record kept verbatim because it could not be read (R5), as `evalfeedback rejects` lists it.
public struct RejectedRecord: Sendable, Encodable, Equatable {
    /// The import that met it.
    public let importID: Int64
    /// The file's name.
    public let file: String
    /// The day of that import.
    public let importedOn: LocalDate
    /// The line the record starts on.
    public let line: Int
    /// Why it could not be read, in the words stored with it (the CLI's English).
    public let reason: String
    /// Why it could not be read, as values, for wording it in another language; nil for a
    /// reject stored by an older register, which kept only `reason`.
    public let problem: RejectReason?
    /// The record exactly as it stood in the file (decoded for display).
    public let text: String

    /// A reject as the register holds it.
    public init(
        importID: Int64, file: String, importedOn: LocalDate, line: Int, reason: String, problem: RejectReason?,
        text: String
    ) {
        self.importID = importID
        self.file = file
        self.importedOn = importedOn
        self.line = line
        self.reason = reason
        self.problem = problem
        self.text = text
    }

    /// The keys of `rejects --format json`, which scripts read: the words, not the values,
    /// so that its output stays as it was.
    private enum CodingKeys: String, CodingKey {
        case importID, file, importedOn, line, reason, text
    }
}
