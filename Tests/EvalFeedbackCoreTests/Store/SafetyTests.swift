import Foundation
import GRDB
import Testing

@testable import EvalFeedbackCore

@Suite("Backups and the register check")
struct SafetyTests {
    private func register() throws -> AppDatabase {
        let store = try AppDatabase.inMemory()
        try store.importText(
            [
                canonicalHeader, row("R-1", scores: ["5", "8", "8", "8"]), row("R-2"),
                row("R-3", scores: ["8", "2", "8", "8"]),
            ]
            .joined(separator: "\n"))
        return store
    }

    @Test("A freshly imported register is consistent")
    func consistent() throws {
        let report = try register().check()
        #expect(report.isConsistent, "\(report.problems)")
        #expect(report.responses == 3 && report.cases == 2 && report.events == 2)
    }

    @Test("R3, R12, R13: a flag without its case, a state without its date, a case without history are found")
    func problems() throws {
        let store = try register()
        try store.withConnection { db in
            try db.execute(sql: "UPDATE complaint_case SET state = 'closed' WHERE id = 1")
            try db.execute(sql: "DELETE FROM case_event WHERE case_id = 2")
            try db.execute(sql: "UPDATE response SET is_flagged = 1 WHERE external_id = 'R-2'")
        }
        let report = try store.check()
        #expect(report.problems.count == 3)
        #expect(report.problems.contains { $0 == "R12: cases whose state does not match their dates: cases 1" })
        #expect(report.problems.contains { $0 == "R13: cases without their registration in the history: cases 2" })
        #expect(report.problems.contains { $0.hasPrefix("R3: flagged responses without their case") })
        #expect(report.text.contains("3 problems"))
    }

    @Test("R12: a ruling on a case not in the state 'ruled', and a step before registration, are found")
    func moreProblems() throws {
        let store = try register()
        try store.withConnection { db in
            try db.execute(
                sql: """
                    UPDATE complaint_case SET state = 'closed', contacted_on = registered_on, closed_on = '2020-01-01',
                        outcome = 'resolved', ruling = 'upheld' WHERE id = 1
                    """)
        }
        let problems = try store.check().problems
        #expect(problems.contains { $0 == "R12: cases with a step dated before their registration: cases 1" })
        #expect(problems.contains { $0 == "R12: cases with a ruling that are not in the state 'ruled': cases 1" })
    }

    @Test("Rows that point to rows that do not exist are named, per table, with what they point to")
    func orphansNamed() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("orphans-\(UUID().uuidString).sqlite")
        defer { try? FileManager.default.removeItem(at: path) }
        _ = try AppDatabase.open(at: path.path)
        // As a tool without foreign keys, or a damaged file, could leave it.
        var unchecked = Configuration()
        unchecked.foreignKeysEnabled = false
        let event = try DatabaseQueue(path: path.path, configuration: unchecked).write { db in
            try db.execute(
                sql: "INSERT INTO case_event (case_id, happened_on, kind, actor) VALUES (99, '2026-11-23', 'note', 'x')"
            )
            return db.lastInsertedRowID
        }
        let problems = try AppDatabase.open(at: path.path).check().problems
        #expect(
            problems == [
                "history entries \(event) point to cases that do not exist (foreign key check). Restore the "
                    + "latest backup, or ask for help before changing the register."
            ])
    }

    @Test("At most twenty numbers are named, then how many more")
    func twentyNumbers() {
        #expect(
            AppDatabase.numbers(Array(1...25))
                == "1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 and 5 more")
    }

    @Test("A backup is a complete, consistent copy, readable by its owner only")
    func backup() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("backup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = try AppDatabase.open(at: folder.appendingPathComponent("r.sqlite").path)
        try source.importText([canonicalHeader, row("R-1", scores: ["5", "8", "8", "8"])].joined(separator: "\n"))
        let path = folder.appendingPathComponent("copy.sqlite").path
        try source.backup(to: path)
        try source.backup(to: path)  // replacing an earlier backup
        let copy = try AppDatabase.open(at: path)
        #expect(try copy.count("complaint_case") == 1)
        #expect(try copy.check().isConsistent)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(throws: StoreError.self) { try source.backup(to: "/nonexistent/folder/copy.sqlite") }
    }

    @Test("A full disk fails the import whole: nothing of the file is half-written")
    func fullDisk() throws {
        let store = try AppDatabase.inMemory()
        let rows = (1...2000).map {
            row("R-\($0)", scores: ["5", "8", "8", "8"], comment: String(repeating: "lang ", count: 40))
        }
        try store.withConnection { db in
            let used = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(used + 20)")
        }
        #expect(throws: DatabaseError.self) { try store.importText(([canonicalHeader] + rows).joined(separator: "\n")) }
        #expect(try store.count("response") == 0)
        #expect(try store.count("complaint_case") == 0)
        #expect(try store.count("import") == 0)
    }
}
