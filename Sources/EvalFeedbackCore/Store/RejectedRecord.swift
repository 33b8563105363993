/// A record kept verbatim because it could not be read (R5), as `evalfeedback rejects` lists it.
public struct RejectedRecord: Sendable, Codable, Equatable {
    /// The import that met it.
    public let importID: Int64
    /// The file's name.
    public let file: String
    /// The day of that import.
    public let importedOn: LocalDate
    /// The line the record starts on.
    public let line: Int
    /// Why it could not be read.
    public let reason: String
    /// The record exactly as it stood in the file (decoded for display).
    public let text: String
}
