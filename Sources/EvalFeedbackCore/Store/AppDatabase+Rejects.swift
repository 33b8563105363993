import Foundation
import GRDB

extension AppDatabase {
    /// Every record an import could not read (R5), oldest first; only `file`'s when given.
    public func rejects(file: String? = nil) throws -> [RejectedRecord] {
        try writer.read { db in
            let file = try file.map { try Self.importedName($0, in: db) }
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
                    text: String(validating: raw, as: UTF8.self) ?? String(windows1252: Array(raw)))
            }
        }
    }

    /// The name a file was imported under: as given, or its last path component (a path
    /// pasted from the shell). A name never imported is an error that lists the last ones.
    private static func importedName(_ name: String, in db: Database) throws -> String {
        let base = (name as NSString).lastPathComponent
        for candidate in [name, base] {
            if try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM import WHERE file_name = ?)", arguments: [candidate])
                == true
            {
                return candidate
            }
        }
        let recent = try String.fetchAll(
            db, sql: "SELECT file_name FROM import GROUP BY file_name ORDER BY MAX(id) DESC LIMIT 10")
        throw ListError.unknownFile(name, recent: recent)
    }
}
