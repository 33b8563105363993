public import GRDB
import Foundation

/// The complaints register: one SQLite database, created on first use.
///
/// All writes are named methods, each one transaction, so that a killed process leaves the
/// register as it was before the step or after it, never in between.
public struct AppDatabase: Sendable {
    let writer: any DatabaseWriter

    /// Opens (creating when needed, readable by its owner only) the database at `path`.
    public static func open(at path: String) throws(StoreError) -> AppDatabase {
        let fd = Foundation.open(path, O_CREAT | O_RDWR, 0o600)
        guard fd >= 0 else { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        // Two runs starting on a new (or older) register at once must not both create its
        // tables: the schema is brought up to date under an exclusive lock on the file
        // (flock, which does not touch SQLite's own fcntl locks).
        flock(fd, LOCK_EX)
        defer {
            flock(fd, LOCK_UN)
            close(fd)
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(60)
        // Reports scan a quarter of the register: read it through memory mapping and a 64 MiB
        // cache rather than one system call per page.
        configuration.prepareDatabase { db in
            if db.configuration.readonly {
                try db.execute(sql: "PRAGMA mmap_size = 1073741824; PRAGMA cache_size = -65536")
            }
        }
        do {
            return try AppDatabase(DatabasePool(path: path, configuration: configuration))
        } catch {
            throw .cannotOpen(path: path, reason: "\(error)")
        }
    }

    /// Opens the database at `path` to read only: nothing, not even SQLite's housekeeping, is
    /// written (a dry run). Its schema is used as it is.
    public static func openReadOnly(at path: String) throws(StoreError) -> AppDatabase {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(60)
        do {
            return AppDatabase(reading: try DatabaseQueue(path: path, configuration: configuration))
        } catch {
            throw .cannotOpen(path: path, reason: "\(error)")
        }
    }

    /// A database in memory, for tests.
    public static func inMemory() throws -> AppDatabase {
        try AppDatabase(DatabaseQueue())
    }

    init(_ writer: any DatabaseWriter) throws {
        self.writer = writer
        try Self.migrator.migrate(writer)
    }

    private init(reading writer: any DatabaseWriter) {
        self.writer = writer
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
    /// A file the store writes (a backup) cannot be written.
    case cannotWrite(path: String, reason: String)

    /// The message for the user: where, what, and what to do.
    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            "\(path): cannot open the database (\(reason)). Check the folder exists and is writable, "
                + "or point --database (or EVALFEEDBACK_DATABASE) elsewhere."
        case .cannotWrite(let path, let reason):
            "\(path): cannot be written (\(reason)). Check the folder exists, is writable and has free space."
        }
    }
}
