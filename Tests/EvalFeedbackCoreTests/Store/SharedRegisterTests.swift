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

    @Test("A large import on a register nobody else has open is written without the log, and the register is back in it after")
    func largeImportAlone() throws {
        let path = try TemporaryFolder.make(prefix: "shared").appendingPathComponent("r.sqlite").path
        let store = try AppDatabase.open(at: path)
        var modes: [UInt8] = []
        try store.importLarge { modes.append(try Self.journalByte(path)) }
        #expect(!modes.isEmpty && modes.allSatisfy { $0 == 1 }, "the rollback journal while the import writes: \(modes)")
        #expect(try store.withConnection { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
        #expect(try Self.journalByte(path) == 2)
        #expect(try store.count("complaint_case") == 2_000)
        for file in [path + "-wal", path + "-shm"] {
            #expect(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int == 0o600, "\(file)")
        }
        // A small import stays in the log.
        modes = []
        try store.importLarge(ids: "S", rows: 10, bulkBytes: 1 << 30) { modes.append(try Self.journalByte(path)) }
        #expect(!modes.isEmpty && modes.allSatisfy { $0 == 2 }, "\(modes)")
    }

    @Test("A large import beside another run's connection stays in the log, and that run reads on while it writes")
    func largeImportBesideReader() throws {
        let path = try TemporaryFolder.make(prefix: "shared").appendingPathComponent("r.sqlite").path
        let store = try AppDatabase.open(at: path)
        try store.importText([canonicalHeader, row("R-1", scores: ["5", "8", "8", "8"])].joined(separator: "\n"))
        let server = try AppDatabase.open(at: path, readers: 2)
        let day = try require(LocalDate("2026-11-26"))
        var modes: [UInt8] = []
        var listed: [Int] = []
        try store.importLarge {
            modes.append(try Self.journalByte(path))
            listed.append(try server.followUpList(on: day, manager: nil).items.count)
        }
        #expect(!modes.isEmpty && modes.allSatisfy { $0 == 2 }, "\(modes)")
        #expect(listed.allSatisfy { $0 == 1 }, "the last committed state: \(listed)")
        #expect(try server.followUpList(on: day, manager: nil).items.count == 2_001)
    }

    /// The register's header says which journal it is in: 1 the rollback journal, 2 the log.
    private static func journalByte(_ path: String) throws -> UInt8 {
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        return try #require(try handle.read(upToCount: 20)).last ?? 0
    }
}

extension AppDatabase {
    /// Imports `rows` responses, each with a low score, as a file of `bulkBytes` or more counts
    /// as large; `progress` is called while the import writes.
    fileprivate func importLarge(
        ids: String = "L", rows: Int = 2_000, bulkBytes: Int = 1, progress: @escaping () throws -> Void
    ) throws {
        let text = ([canonicalHeader] + (1...rows).map { row("\(ids)-\($0)", scores: ["5", "8", "8", "8"]) })
            .joined(separator: "\n")
        let file = try TemporaryFile(name: "large.csv", text: text)
        var settings = ImportSettings(today: try require(LocalDate("2026-11-26")))
        settings.bulkImportBytes = bulkBytes
        var failure: (any Error)?
        _ = try importEvaluations(from: file.url, name: "large-\(ids).csv", settings: settings) { _ in
            do { try progress() } catch { failure = error }
        }
        if let failure { throw failure }
    }
}
