import GRDB

/// The cases' table, for counts by typed queries over `CaseRecord.Columns`: counting decodes
/// no row, so the join `CaseRecord` reads through is not needed.
struct CaseTable: TableRecord {
    static let databaseTableName = "complaint_case"
}
