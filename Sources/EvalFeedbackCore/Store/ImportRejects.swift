/// The records one import could not read (R5), as far as a page lists them: the first few,
/// and how many there are.
public struct ImportRejects: Sendable, Equatable {
    /// The import's number.
    public let importID: Int64
    /// The file it imported.
    public let file: String
    /// The day of the import.
    public let importedOn: LocalDate
    /// How many records it rejected.
    public let total: Int
    /// The first of them, in file order.
    public let first: [RejectedRecord]
}
