import Foundation
import GRDB
import TestSupport
import Testing

@testable import EvalFeedbackCore

@Suite("The register shared by the import, the CLI and the server (write-ahead log)")
struct SharedRegisterTests {
    @Test("A register is kept in a write-ahead log whose files stay, with the register's mode, after the last run")
    func writeAheadLog() throws {
        let path = try TemporaryFolder.make(prefix: "shared").appendingPathComponent("r.sqlite").path
        do {
            let store = try AppDatabase.open(at: path)
            try store.importText([canonicalHeader, row("R-1", scores: ["5", "8", "8", "8"])].joined(separator: "\n"))
            #expect(try store.withConnection { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
        }
        for file in [path, path + "-wal", path + "-shm"] {
            #expect(FileManager.default.fileExists(atPath: file), "\(file) is there after the run")
            let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(file)")
        }
        // The owner makes the register readable by a group: the next run gives its log the same mode.
        chmod(path, 0o640)
        _ = try AppDatabase.open(at: path)
        for file in [path + "-wal", path + "-shm"] {
            #expect(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int == 0o640)
        }
    }

    @Test("While a write's transaction is open and has spilled to disk, readers get the register as last committed")
    func readersDuringWrite() throws {
        let path = try TemporaryFolder.make(prefix: "shared").appendingPathComponent("r.sqlite").path
        let store = try AppDatabase.open(at: path)
        try store.importText([canonicalHeader, row("R-1", scores: ["5", "8", "8", "8"])].joined(separator: "\n"))
        let day = try require(LocalDate("2026-11-26"))
        let cli = try AppDatabase.openToRead(at: path)  // the CLI's `followups`
        let server = try AppDatabase.open(at: path, readers: 2)  // the server's pool
        try store.withConnection { db in
            try db.execute(sql: SpilledWrite.statements)
            for reader in [cli, server] {
                let list = try reader.followUpList(on: day, manager: nil)
                #expect(list.items.map(\.caseID) == [1])
                #expect(list.items.first?.summary != SpilledWrite.summary, "an uncommitted change is not read")
                #expect(try reader.complaintCase(1, defaultManager: nil).id == 1)
            }
        }
        #expect(try server.followUpList(on: day, manager: nil).items.first?.summary == SpilledWrite.summary)
    }
}
