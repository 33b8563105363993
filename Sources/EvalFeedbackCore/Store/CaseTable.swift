import GRDB

/// The cases' table, for counts and a step's UPDATE by typed queries over `CaseRecord.Columns`:
/// neither decodes a row, so the join `CaseRecord` reads through is not needed.
struct CaseTable: TableRecord {
    static let databaseTableName = "complaint_case"
}
