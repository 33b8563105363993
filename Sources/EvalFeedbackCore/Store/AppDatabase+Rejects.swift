import Foundation
import GRDB

extension AppDatabase {
    /// Every record an import could not read (R5), oldest first; only `file`'s when given.
    public func rejects(file: String? = nil) throws -> [RejectedRecord] {
        try writer.read { db in
            let file = try file.map { try Self.importedName($0, in: db) }
            return try RejectRecord.all(file: file).fetchAll(db).map { try $0.rejectedRecord() }
        }
    }

    /// The records import `id` could not read (R5), in file order: what a page shows after an
    /// upload, without the rejects of earlier imports of a file of the same name.
    public func rejects(ofImport id: Int64) throws -> [RejectedRecord] {
        try writer.read { db in try RejectRecord.all(ofImport: id).fetchAll(db).map { try $0.rejectedRecord() } }
    }

    /// The rejects of the last `imports` imports that rejected records, newest first, at most
    /// `each` of each: so that the lead sees in the browser what the nightly job or the CLI
    /// could not read (R5), without a terminal.
    public func recentRejects(imports: Int, each: Int) throws -> [ImportRejects] {
        try writer.read { db in
            let ids = try Int64.fetchAll(
                db, sql: "SELECT import_id FROM reject GROUP BY import_id ORDER BY import_id DESC LIMIT ?",
                arguments: [imports])
            return try ids.compactMap { id in
                let first = try RejectRecord.all(ofImport: id, limit: each).fetchAll(db).map {
                    try $0.rejectedRecord()
                }
                guard let one = first.first else { return nil }
                return ImportRejects(
                    importID: id, file: one.file, importedOn: one.importedOn,
                    total: try RejectRecord.all(ofImport: id).fetchCount(db), first: first)
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
