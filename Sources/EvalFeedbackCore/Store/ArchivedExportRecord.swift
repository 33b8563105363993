import GRDB

/// An export kept in the nightly job's archive as `archived_export` stores it: where, read by
/// which import, since when. R17 deletes it with its responses' personal data.
struct ArchivedExportRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "archived_export"

    /// The table's columns.
    enum Columns {
        static let path = Column(CodingKeys.path)
        static let importID = Column(CodingKeys.importID)
        static let archivedOn = Column(CodingKeys.archivedOn)
    }

    enum CodingKeys: String, CodingKey {
        case path
        case importID = "import_id"
        case archivedOn = "archived_on"
    }

    var path: String
    var importID: Int64
    /// `yyyy-MM-dd`.
    var archivedOn: String
}
