import Foundation
import GRDB

/// How the register takes an import: one transaction per file, an import row with its totals,
/// and the same bytes recognised again (R6). What is read from the file, and how, is the
/// import's (`Import/`); the store takes rows to write (`ImportWriter`).
extension AppDatabase {
    /// The import of the very same bytes, if the register holds one (R6): read only. `content`
    /// gives the file's hashes and size, and is called only when an import of `size` bytes is
    /// in the register (hashing costs a read of the whole file).
    func storedImport(size: Int, content: () throws -> (hashes: [String], size: Int)) throws -> StoredImport? {
        try writer.read { db in try Self.storedImport(db, size: size, content: content) }
    }

    /// Writes one import, all of it or nothing (one transaction): `body` stores the file's
    /// rows through the `ImportWriter` it is given, which records the import's totals at the
    /// end. When the register already holds the very same bytes (`content`, as for
    /// `storedImport`), nothing is written and `earlier` says what to return instead. A file of
    /// `bulkBytes` or more into a small register builds the indexes of responses after its
    /// rows (`DeferredIndexes`); when it repeats a key, `body` runs again, in a new
    /// transaction, with the indexes kept up row by row.
    func writeImport<T>(
        file: String, size: Int, today: LocalDate, bulkBytes: Int,
        content: () throws -> (hashes: [String], size: Int),
        earlier: (StoredImport) -> T, body: (ImportWriter) throws -> T
    ) throws -> T {
        // The import's memory stays flat whatever the register's size: its own page cache
        // (`ImportWriter.cachePragma`) and no memory mapping (mapped pages it reads would count
        // as its own). Foreign keys are not checked row by row: every row it writes refers to
        // the import, response or case it has just written (`check` verifies them all). All
        // restored after.
        try writer.writeWithoutTransaction {
            try $0.execute(sql: "PRAGMA mmap_size = 0; \(ImportWriter.cachePragma); PRAGMA foreign_keys = OFF")
        }
        defer {
            _ = try? writer.writeWithoutTransaction {
                try $0.execute(sql: Self.readingPragmas + "; PRAGMA foreign_keys = ON")
            }
        }
        func write(bulkBytes: Int) throws -> T {
            try writer.write { db in
                if let stored = try Self.storedImport(db, size: size, content: content) { return earlier(stored) }
                let importWriter = try ImportWriter(db: db, file: file, size: size, today: today, bulkBytes: bulkBytes)
                defer { importWriter.finish() }
                let result = try body(importWriter)
                try importWriter.complete()
                return result
            }
        }
        func writeAll() throws -> T {
            do {
                return try write(bulkBytes: bulkBytes)
            } catch is DeferredIndexes.RepeatedKey {
                return try write(bulkBytes: .max)
            }
        }
        return size >= bulkBytes ? try WriteAheadLog.leftFor(writer, writeAll) : try writeAll()
    }

    /// The import of the very same bytes, if there is one. Only a file the size of an
    /// earlier import is hashed before it is read; any other is hashed as it is read.
    private static func storedImport(
        _ db: Database, size: Int, content: () throws -> (hashes: [String], size: Int)
    ) throws -> StoredImport? {
        guard try !ImportTable.filter(ImportTable.Columns.byteCount == size).isEmpty(db) else { return nil }
        let content = try content()
        return try ImportTable.sameBytes(hashes: content.hashes, size: content.size)
            .select(ImportTable.Columns.id, ImportTable.Columns.importedOn).asRequest(of: StoredImport.self)
            .fetchOne(db)
    }
}
