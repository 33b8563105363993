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
