import GRDB

/// The imports' table, for finding the very same bytes again (R6) and an import by its day,
/// by typed queries. Its rows are written by the import itself (`ImportWriter`).
struct ImportTable: TableRecord {
    static let databaseTableName = "import"

    /// The columns the queries name.
    enum Columns {
        static let id = Column("id")
        static let contentHash = Column("content_hash")
        static let byteCount = Column("byte_count")
        static let importedOn = Column("imported_on")
    }

    /// The imports of `size` bytes whose hash is one of `hashes`, oldest first.
    static func sameBytes(hashes: [String], size: Int) -> QueryInterfaceRequest<ImportTable> {
        filter(hashes.contains(Columns.contentHash) && Columns.byteCount == size).order(Columns.id)
    }
}
