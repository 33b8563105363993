import GRDB

/// An import the register holds: found when the very same bytes come again (R6).
struct StoredImport {
    /// The import's number.
    let id: Int64
    /// The day it was imported; nil when the register's text for it does not read as a day.
    let importedOn: LocalDate?
}

extension StoredImport: FetchableRecord {
    /// Reads the import's number and day from a row of `ImportTable` (the day leniently).
    init(row: Row) {
        id = row[ImportTable.Columns.id]
        importedOn = (row[ImportTable.Columns.importedOn] as String?).flatMap(LocalDate.init)
    }
}
