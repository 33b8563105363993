import Foundation
import GRDB
import GRDBSQLite

/// The register's journal: a write-ahead log, kept on disk between runs.
///
/// Under a write-ahead log, readers (the server's pages, the CLI's lists) read the last
/// committed state while an import writes; under the rollback journal they waited out the
/// whole import (p99 54 s during a million-row import, docs/server.md). The log's two files
/// (`-wal`, `-shm`) are kept when the last connection closes, emptied rather than deleted,
/// because a user who may read the register but not write its folder cannot create them, and
/// SQLite cannot open a log's register without them.
enum WriteAheadLog {
    /// The most the log keeps on disk once checkpointed: a million-row import grows it to the
    /// size of its new pages (about 400 MB) until it is copied into the register.
    static let sizeLimit = 64 * 1024 * 1024

    /// Runs `body`, a large import on `writer`, under the rollback journal when no other
    /// connection has the register open, and goes back to the log after.
    ///
    /// The log writes every new page twice, into the log and then into the register: a fresh
    /// million-row import took 2.8-3.3 s under it against 2.2-2.5 s without (docs/performance.md).
    /// A rollback journal writes only the pages the import changes, not those it adds. The log
    /// is for readers beside a write; when there is none, the import needs none. SQLite leaves
    /// the log only when this is the register's one connection, and says so at once rather
    /// than waiting: the server's pool, another command's connection, or a reader's keeps the
    /// import on the log, where they go on reading. One who opens the register during such an
    /// import waits for it, as every reader did before the log (up to a minute). A killed
    /// import leaves a journal that the next run rolls back, then back under the log.
    static func leftFor<T>(_ writer: any DatabaseWriter, _ body: () throws -> T) throws -> T {
        guard writer is DatabaseQueue,
            (try? writer.writeWithoutTransaction { try String.fetchOne($0, sql: "PRAGMA journal_mode = DELETE") })
                == "delete"
        else { return try body() }
        defer {
            _ = try? writer.writeWithoutTransaction { try String.fetchOne($0, sql: "PRAGMA journal_mode = WAL") }
            matchRegister(at: writer.path)
        }
        return try body()
    }

    /// Keeps the log's files when `db` closes (`SQLITE_FCNTL_PERSIST_WAL`).
    static func keepFiles(_ db: Database) {
        var keep: Int32 = 1
        _ = sqlite3_file_control(db.sqliteConnection, nil, SQLITE_FCNTL_PERSIST_WAL, &keep)
    }

    /// Makes the log's files as readable as the register (its mode and group), so that whoever
    /// may read the register may read its log: SQLite gives them the register's mode when it
    /// makes them, and a register's owner may change its mode later. Only the owner can; for
    /// anyone else this does nothing.
    static func matchRegister(at path: String) {
        let files = FileManager.default
        guard let register = try? files.attributesOfItem(atPath: path),
            let owner = register[.ownerAccountID] as? NSNumber, owner.uint32Value == geteuid(),
            let group = register[.groupOwnerAccountID] as? NSNumber,
            let mode = register[.posixPermissions] as? NSNumber
        else { return }
        for suffix in ["-wal", "-shm"] {
            guard let log = try? files.attributesOfItem(atPath: path + suffix) else { continue }
            if (log[.groupOwnerAccountID] as? NSNumber) != group {
                _ = chown(path + suffix, owner.uint32Value, group.uint32Value)
            }
            if (log[.posixPermissions] as? NSNumber) != mode {
                _ = chmod(path + suffix, mode_t(mode.uint16Value & 0o777))
            }
        }
    }
}
