import Foundation
import GRDB

/// A reject as the register stores it, with its import's file and day: the one reader of the
/// `reject` table, for `evalfeedback rejects` and the import page (issue 22: rows are read
/// through records, not by name).
struct RejectRecord: FetchableRecord {
    /// The columns of `source`, by the names the record reads.
    enum Columns {
        static let id = Column("id")
        static let importID = Column("import_id")
        static let file = Column("file_name")
        static let importedOn = Column("imported_on")
        static let line = Column("line")
        static let reason = Column("reason")
        /// The reason's values as JSON (`RejectReason`); NULL in a register older than v16.
        static let problem = Column("problem")
        static let raw = Column("raw")
    }

    /// The rejects with their import's file name and day, under the names of `Columns`.
    private static let source = """
        (SELECT r.id, r.import_id, i.file_name, i.imported_on, r.line, r.reason, r.problem, r.raw
         FROM reject r JOIN import i ON i.id = r.import_id)
        """

    /// The rejects `filter` selects, oldest first; the first `limit` of them when given.
    private static func all(_ filter: SQL, limit: Int? = nil) -> SQLRequest<RejectRecord> {
        SQLRequest(
            """
            SELECT * FROM \(sql: source) WHERE \(filter)
            ORDER BY \(Columns.importID), \(Columns.line), \(Columns.id) LIMIT \(limit ?? -1)
            """)
    }

    /// Every reject; only those of imports of a file named `file` when given.
    static func all(file: String?) -> SQLRequest<RejectRecord> {
        all("\(file) IS NULL OR \(Columns.file) = \(file)")
    }

    /// The rejects of import `id`; the first `limit` of them when given.
    static func all(ofImport id: Int64, limit: Int? = nil) -> SQLRequest<RejectRecord> {
        all("\(Columns.importID) = \(id)", limit: limit)
    }

    let importID: Int64
    let file: String
    let importedOn: String
    let line: Int
    let reason: String
    let problem: String?
    let raw: Data

    init(row: Row) {
        importID = row[Columns.importID]
        file = row[Columns.file]
        importedOn = row[Columns.importedOn]
        line = row[Columns.line]
        reason = row[Columns.reason]
        problem = row[Columns.problem]
        raw = row[Columns.raw]
    }

    /// The reject as the library hands it out. A reason's values this version cannot read (a
    /// later version's) are left out: the reject is then shown with its stored words, never dropped.
    func rejectedRecord() throws(ListError) -> RejectedRecord {
        guard let day = LocalDate(importedOn) else {
            throw .corruptDate(case: nil, column: Columns.importedOn.name, value: importedOn)
        }
        return RejectedRecord(
            importID: importID, file: file, importedOn: day, line: line, reason: reason,
            problem: problem.flatMap { try? JSONDecoder().decode(RejectReason.self, from: Data($0.utf8)) },
            text: String(validating: raw, as: UTF8.self) ?? String(windows1252: Array(raw)))
    }

    /// How `problem` stores `reason`: JSON with sorted keys, the same text for the same values.
    static func stored(_ reason: RejectReason) -> String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return (try? encoder.encode(reason)).map { String(decoding: $0, as: UTF8.self) }
    }
}
