import Foundation
import GRDB

extension AppDatabase {
    /// Every record an import could not read (R5), oldest first; only `file`'s when given.
    public func rejects(file: String? = nil) throws -> [RejectedRecord] {
        try writer.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT r.import_id, i.file_name, i.imported_on, r.line, r.reason, r.raw
                    FROM reject r JOIN import i ON i.id = r.import_id
                    WHERE ?1 IS NULL OR i.file_name = ?1
                    ORDER BY r.import_id, r.line, r.id
                    """,
                arguments: [file])
            return try rows.map { row in
                let raw: Data = row["raw"]
                return RejectedRecord(
                    importID: row["import_id"], file: row["file_name"], importedOn: try Self.date(row, "imported_on"),
                    line: row["line"], reason: row["reason"],
                    text: String(validating: raw, as: UTF8.self) ?? FieldDecoder.windows1252(Array(raw)))
            }
        }
    }
}
