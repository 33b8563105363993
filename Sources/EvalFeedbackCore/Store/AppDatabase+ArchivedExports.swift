import Foundation
import GRDB

extension AppDatabase {
    /// Records that the export read by import `importID` is kept at `path` (R17: it is deleted
    /// with its responses' personal data).
    public func recordArchivedExport(path: String, importID: Int64, on day: LocalDate) throws {
        try writer.write { db in
            try ArchivedExportRecord(path: path, importID: importID, archivedOn: day.description)
                .insert(db, onConflict: .replace)
        }
    }

    /// The archived exports the register knows.
    public func archivedExportPaths() throws -> Set<String> {
        try writer.read { db in
            try ArchivedExportRecord.select(ArchivedExportRecord.Columns.path, as: String.self).fetchSet(db)
        }
    }

    /// The import that read the very bytes `hashes` name (a file archived before the register
    /// kept paths, or by hand), if any.
    public func importOf(hashes: [String], size: Int) throws -> Int64? {
        try writer.read { db in
            try ImportTable.sameBytes(hashes: hashes, size: size).select(ImportTable.Columns.id, as: Int64.self)
                .fetchOne(db)
        }
    }

    /// Archived exports whose personal data the register no longer keeps (R17): read by an
    /// import before `cutoff`, and no response that import stored is `kept` (an SQL condition
    /// on `response`). Responses an export repeats from earlier imports belong to those imports
    /// and their own archived copies. One scan of the responses (no index on their import:
    /// imports would pay for it), and none when no archived export is old enough.
    static func archivedExportsPastRetention(
        _ db: Database, cutoff: String, kept: String, arguments: StatementArguments
    ) throws -> [String] {
        typealias Columns = ArchivedExportRecord.Columns
        let old =
            try ArchivedExportRecord
            .filter(literal: "\(Columns.importID) IN (SELECT id FROM import WHERE imported_on < \(cutoff))")
            .order(Columns.path).fetchAll(db)
        guard !old.isEmpty else { return [] }
        let imports = "[" + Set(old.map(\.importID)).map(String.init).joined(separator: ",") + "]"
        var scoped = arguments
        scoped += ["imports": imports]
        let live = Set(
            try Int64.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT import_id FROM response
                    WHERE import_id IN (SELECT value FROM json_each(:imports)) AND \(kept)
                    """, arguments: scoped))
        return old.filter { !live.contains($0.importID) }.map(\.path)
    }

    /// Forgets archived exports that were deleted.
    public func forgetArchivedExports(_ paths: [String]) throws {
        guard !paths.isEmpty else { return }
        try writer.write { db in
            for path in paths { try ArchivedExportRecord.deleteOne(db, key: path) }
        }
    }
}
