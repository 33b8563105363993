public import GRDB
import Foundation

/// The complaints register: one SQLite database, created on first use.
///
/// All writes are named methods, each one transaction, so that a killed process leaves the
/// register as it was before the step or after it, never in between.
public struct AppDatabase: Sendable {
    let writer: any DatabaseWriter
    /// The register's file as this process holds it open while `writer` is (see `RegisterFile`).
    private let file: RegisterFile?
    /// A connection of its own that only tells whether anyone committed (`committedVersion`);
    /// nil where nobody needs to know.
    let watcher: DatabaseQueue?

    /// The register a run uses: `given` (`--database`), else `$EVALFEEDBACK_DATABASE`, else
    /// evalfeedback.sqlite in the current folder.
    public static func path(given: String?) -> String {
        given ?? ProcessInfo.processInfo.environment["EVALFEEDBACK_DATABASE"] ?? "evalfeedback.sqlite"
    }

    /// Opens (creating when needed, readable by its owner only) the database at `path`.
    public static func open(at path: String) throws(StoreError) -> AppDatabase {
        try open(at: path, readers: 0)
    }

    /// Opens the database at `path` as `open(at:)` does, for a process that reads it from
    /// several threads at once (the server): with `readers` above 0, reads run on up to that
    /// many connections of their own, side by side and beside a write (the write-ahead log
    /// lets them read the last committed state); writes still take one connection, one at a
    /// time.
    public static func open(at path: String, readers: Int) throws(StoreError) -> AppDatabase {
        let file = try RegisterFile(path: path)
        defer { file.unlock() }
        var configuration = Configuration()
        configuration.busyMode = .timeout(60)
        configuration.prepareDatabase { db in try Self.prepare(db) }
        configuration.maximumReaderCount = max(readers, 1)
        let queue: any DatabaseWriter
        do {
            queue =
                readers > 0
                ? try DatabasePool(path: path, configuration: configuration)
                : try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw Self.openingError(error, path: path)
        }
        try checkIsRegister(queue, path: path)
        WriteAheadLog.matchRegister(at: path)
        do {
            // The server keeps pages made for the register's last committed state (readers > 0).
            let watcher = readers > 0 ? try DatabaseQueue(path: path, configuration: Self.watchingConfiguration) : nil
            return try AppDatabase(queue, file: file, watcher: watcher)
        } catch {
            throw .cannotOpen(path: path, reason: "\(error)")
        }
    }

    /// The error for a file SQLite could not open: not a database at all, or unreadable.
    private static func openingError(_ error: any Error, path: String) -> StoreError {
        if let error = error as? DatabaseError, error.resultCode == .SQLITE_NOTADB {
            return .notARegister(path: path, reason: "it is not an SQLite database")
        }
        return .cannotOpen(path: path, reason: "\(error)")
    }

    /// Refuses an SQLite database that some other program made: new tables would be added to
    /// it. A register is empty (new), or has the schema's history: "v1" done, or nothing done
    /// yet (a first run killed before its first migration leaves only the history's table).
    private static func checkIsRegister(_ reader: any DatabaseReader, path: String) throws(StoreError) {
        let tables: [String]
        do {
            tables = try reader.read { db in
                try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            }
        } catch {
            throw openingError(error, path: path)
        }
        guard !tables.isEmpty, tables != ["grdb_migrations"] else { return }
        let isRegister =
            tables.contains("grdb_migrations")
            && ((try? reader.read { db in
                try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM grdb_migrations WHERE identifier = 'v1')")
            }) ?? nil) == true
        if !isRegister {
            throw .notARegister(
                path: path,
                reason: "it is an SQLite database with other tables (\(tables.prefix(3).joined(separator: ", ")))")
        }
    }

    /// Sets up a connection before anything is read or written.
    ///
    /// A new register gets 64 KiB pages (a sixteenth of the system calls and b-tree splits of
    /// 4 KiB ones), and every register a write-ahead log (`WriteAheadLog`): readers (the
    /// server's pages, the CLI's lists) then read the last committed state while an import
    /// writes, where under a rollback journal they waited out the whole import. The log writes
    /// a fresh import's pages twice (into the log, then into the register), measured in
    /// docs/performance.md. A killed import leaves uncommitted pages in the log that no reader
    /// sees and the next writer drops. Reports scan a quarter of the register: they read it
    /// through memory mapping and a 64 MiB cache (an import narrows both while it runs, see
    /// `importFile`).
    private static func prepare(_ db: Database) throws {
        try db.execute(sql: Self.readingPragmas)
        WriteAheadLog.keepFiles(db)
        if db.configuration.readonly { return }
        if try Int.fetchOne(db, sql: "PRAGMA page_count") == 0 {
            try db.execute(sql: "PRAGMA page_size = 65536")
        }
        // A register from before used a rollback journal. Changing it needs the register to
        // itself; when another (older) run has it open, it is changed the next time.
        if try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" {
            _ = try? String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
        }
        try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA journal_size_limit = \(WriteAheadLog.sizeLimit)")
    }

    /// A second connection to the register, to read only, for work that runs beside this
    /// connection's (the report's two halves); nil for a database in memory, which has one.
    func secondReader() -> (any DatabaseReader)? {
        let path = writer.path
        guard !path.isEmpty, path != ":memory:", !path.hasPrefix("file::memory:") else { return nil }
        return try? DatabaseQueue(path: path, configuration: Self.readingConfiguration)
    }

    /// A connection that only reads: it writes nothing, not even SQLite's housekeeping, and
    /// waits up to a minute for a writer.
    static var readingConfiguration: Configuration {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(60)
        configuration.prepareDatabase { db in
            try db.execute(sql: Self.readingPragmas)
            WriteAheadLog.keepFiles(db)
        }
        return configuration
    }

    /// How every connection reads: through memory mapping and a cache of up to 64 MiB.
    static let readingPragmas = "PRAGMA mmap_size = 1073741824; PRAGMA cache_size = -65536"

    /// Opens the database at `path` to read only: nothing, not even SQLite's housekeeping, is
    /// written (a dry run). Its schema is used as it is.
    public static func openReadOnly(at path: String) throws(StoreError) -> AppDatabase {
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: Self.readingConfiguration)
        } catch {
            throw openingError(error, path: path)
        }
        try checkIsRegister(queue, path: path)
        return AppDatabase(reading: queue)
    }

    /// Opens the register at `path` for a command that only reads it: to write when this user
    /// may (so that an older register is brought up to date), else to read only. A team member
    /// may read a register the nightly job's user owns (a 0640 or 0444 file) without being
    /// able to write it. Such a reader cannot bring an older register up to date, nor roll
    /// back what a killed run left half-written, nor read a register whose write-ahead log
    /// files it may not read (the owner's commands give them the register's mode and group):
    /// it then says that the owner must run a command first.
    public static func openToRead(at path: String) throws(StoreError) -> AppDatabase {
        if access(path, W_OK) == 0 { return try open(at: path) }
        do {
            let reader = try DatabaseQueue(path: path, configuration: Self.readingConfiguration)
            // The first read opens the journal or the log: their errors are caught below.
            _ = try reader.read { db in try Int.fetchOne(db, sql: "PRAGMA schema_version") }
            try checkIsRegister(reader, path: path)
            let current = try reader.read { db in try Self.migrator.hasCompletedMigrations(db) }
            guard current else { throw StoreError.needsOwner(path: path, reason: "it was made by an older version") }
            return AppDatabase(reading: reader)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_READONLY_ROLLBACK {
            throw .needsOwner(path: path, reason: "a run that was stopped left changes to roll back")
        } catch let error as DatabaseError
            where access(path, R_OK) == 0
            && (error.extendedResultCode == .SQLITE_READONLY_DIRECTORY || error.resultCode == .SQLITE_CANTOPEN)
        {
            // The register is readable, its log is not (or is missing, in a folder this user
            // may not write): only the owner's next command makes it, as readable as the register.
            throw .needsOwner(
                path: path,
                reason: "you may not read its write-ahead log (\(path)-wal and \(path)-shm), or it is not there")
        } catch {
            throw openingError(error, path: path)
        }
    }

    /// A database in memory, for tests.
    public static func inMemory() throws -> AppDatabase {
        return try AppDatabase(DatabaseQueue())
    }

    init(_ writer: any DatabaseWriter, file: RegisterFile? = nil, watcher: DatabaseQueue? = nil) throws {
        self.writer = writer
        self.file = file
        self.watcher = watcher
        try Self.migrator.migrate(writer)
    }

    private init(reading writer: any DatabaseWriter) {
        self.writer = writer
        self.file = nil
        self.watcher = nil
    }

    /// Runs `body` on the raw connection; for tests that need to arrange unusual states.
    public func withConnection<T>(_ body: (Database) throws -> T) throws -> T {
        try writer.write(body)
    }
}

/// Why the database could not be used.
public enum StoreError: Error, CustomStringConvertible {
    /// The database file cannot be created or opened.
    case cannotOpen(path: String, reason: String)
    /// The register can be read only by its owner's next command: this user may not write it.
    case needsOwner(path: String, reason: String)
    /// A file the store writes (a backup) cannot be written.
    case cannotWrite(path: String, reason: String)
    /// The file is there but is no evalfeedback register; it is left untouched.
    case notARegister(path: String, reason: String)

    /// The message for the user: where, what, and what to do.
    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            "\(path): cannot open the database (\(reason)). Check the folder exists and is writable, "
                + "or point --database (or EVALFEEDBACK_DATABASE) elsewhere."
        case .needsOwner(let path, let reason):
            "\(path): cannot be read as it is (\(reason)), and you may not write it. Ask its owner (the user "
                + "the nightly job runs as) to run any evalfeedback command on it first, then try again."
        case .notARegister(let path, let reason):
            "\(path): not an evalfeedback register (\(reason)); it was left as it was. Point --database (or "
                + "EVALFEEDBACK_DATABASE) at the register, or name a file that does not exist yet to start a new one."
        case .cannotWrite(let path, let reason):
            "\(path): cannot be written (\(reason)). Check the folder exists, is writable and has free space."
        }
    }
}
