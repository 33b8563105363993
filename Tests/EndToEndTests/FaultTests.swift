import EvalFeedbackCore
import Foundation
import GRDB
import Testing

/// The register as a comparable value: every response and case, without row ids or clocks.
private func state(_ path: String) throws -> [String] {
    let queue = try DatabaseQueue(path: path)
    return try queue.read { db in
        let responses = try Row.fetchAll(
            db,
            sql: """
                SELECT response_key, score_training, score_day, score_facilities, score_trainer, is_flagged, comment
                FROM response ORDER BY response_key
                """
        ).map { "\($0)" }
        let cases = try Row.fetchAll(
            db,
            sql: """
                SELECT r.response_key, c.registered_on, c.contact_due, c.resolution_due, c.low_scores, c.state,
                       (SELECT COUNT(*) FROM case_event e WHERE e.case_id = c.id) AS events
                FROM complaint_case c JOIN response r ON r.id = c.response_id ORDER BY r.response_key
                """
        ).map { "\($0)" }
        return responses + cases
    }
}

@Suite("Faults: kill -9, two imports at once", .serialized)
struct FaultTests {
    /// `make crash-test` sets CRASH_ROWS and CRASH_KILLS; `make test` runs a small size.
    private var rows: Int { Int(ProcessInfo.processInfo.environment["CRASH_ROWS"] ?? "") ?? 10_000 }
    private var kills: Int { Int(ProcessInfo.processInfo.environment["CRASH_KILLS"] ?? "") ?? 3 }
    /// CRASH_SEED repeats a run's kill moments; without it, the clock picks them. Printed.
    private var seed: UInt64 {
        UInt64(ProcessInfo.processInfo.environment["CRASH_SEED"] ?? "") ?? UInt64(Date().timeIntervalSince1970)
    }

    @Test("kill -9 at random moments: the register stays intact, and a re-run gives one uninterrupted import's state")
    func crash() throws {
        let cli = try CommandRunner()
        let export = cli.folder.appendingPathComponent("groot.csv")
        try ExportGenerator.write(rows: rows, seed: 42, to: export)
        let reference = cli.folder.appendingPathComponent("reference.sqlite").path
        let started = Date()
        let whole = try cli.run(["import", "--database", reference, "--as-of", "2026-11-26", export.path])
        let duration = Date().timeIntervalSince(started)
        #expect(whole.status == 0)
        let expected = try state(reference)
        let seed = self.seed
        var random = ExportGenerator.SplitMix(seed: seed)
        var consistent = 0
        for round in 1...kills {
            let database = cli.folder.appendingPathComponent("killed-\(round).sqlite").path
            let delay = duration * Double(random.next() % 1000) / 1000
            let process = Process()
            process.executableURL = CommandRunner.binary
            process.arguments = ["import", "--database", database, "--as-of", "2026-11-26", export.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // The moment is counted from when the import has made its register, so that every
            // kill lands in an import, never before it began.
            let deadline = Date(timeIntervalSinceNow: 10)
            while !FileManager.default.fileExists(atPath: database), process.isRunning, Date() < deadline {
                Thread.sleep(forTimeInterval: 0.001)
            }
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let moment = "round \(round), seed \(seed) (CRASH_SEED), killed \(String(format: "%.3f", delay)) s in"
            #expect(FileManager.default.fileExists(atPath: database), "\(moment): the register was made")
            let check = try cli.run(["check", "--database", database])
            #expect(check.status == 0, "\(moment): \(check.stdout)")
            let rerun = try cli.run(["import", "--database", database, "--as-of", "2026-11-26", export.path])
            #expect(rerun.status == 0)
            let after = try state(database)
            #expect(after == expected, "\(moment)")
            if check.status == 0, rerun.status == 0, after == expected { consistent += 1 }
        }
        print(
            "crash test: \(rows) rows, \(kills) kill -9 at random moments within \(String(format: "%.2f", duration)) s "
                + "(CRASH_SEED=\(seed)); \(consistent) of \(kills) intact and equal to one uninterrupted import after a "
                + "re-run")
        #expect(consistent == kills)
    }

    @Test("Two imports of overlapping exports at the same moment both finish, with no duplicate case")
    func concurrentImports() throws {
        let cli = try CommandRunner()
        let first = cli.folder.appendingPathComponent("nacht-1.csv")
        let cumulative = cli.folder.appendingPathComponent("nacht-1-en-2.csv")
        try ExportGenerator.write(rows: 4_000, seed: 7, to: first)
        try ExportGenerator.write(rows: 6_000, seed: 7, to: cumulative)
        let reference = cli.folder.appendingPathComponent("reference.sqlite").path
        _ = try cli.run(["import", "--database", reference, "--as-of", "2026-11-26", cumulative.path])
        let processes = [first, cumulative, cumulative].map { file in
            let process = Process()
            process.executableURL = CommandRunner.binary
            process.arguments = ["import", "--database", cli.database, "--as-of", "2026-11-26", file.path]
            process.standardOutput = FileHandle.nullDevice
            let errors = Pipe()
            process.standardError = errors
            return (process, errors)
        }
        for (process, _) in processes { try process.run() }
        for (process, errors) in processes {
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(message)")
            #expect(!message.contains("locked"))
        }
        #expect(try state(cli.database) == state(reference))
        #expect(try cli.run(["check", "--database", cli.database]).status == 0)
    }

    @Test("A run that closes the register leaves alone the write-ahead log another run still reads")
    func logKeptWhileOpen() throws {
        let cli = try CommandRunner()
        #expect(try cli.evalfeedback("import", CommandRunner.exports[0]).status == 0)
        let store = try AppDatabase.open(at: cli.database)
        // A write of its own, in the log (SQLite writes no page whose bytes stay the same).
        try store.withConnection { db in try db.execute(sql: "UPDATE complaint_case SET summary = summary || '.'") }
        let log = cli.database + "-wal"
        func logSize() throws -> Int { (try FileManager.default.attributesOfItem(atPath: log)[.size] as? NSNumber)?.intValue ?? 0 }
        #expect(try logSize() > 0)
        // The other run, closing as if it were the last, may copy the log into the register and
        // empty it only when no other process holds the register open.
        #expect(try cli.run(["check", "--database", cli.database]).status == 0)
        #expect(try logSize() > 0, "the other run emptied the log under this open run")
        let cases = try store.withConnection { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM complaint_case") }
        #expect(cases == 6)
    }

    @Test("A backup taken while an import runs is a consistent register")
    func backupDuringImport() throws {
        let cli = try CommandRunner()
        let export = cli.folder.appendingPathComponent("groot.csv")
        try ExportGenerator.write(rows: 10_000, seed: 3, to: export)
        _ = try cli.evalfeedback("import", CommandRunner.exports[0])
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = ["import", "--database", cli.database, "--as-of", "2026-11-26", export.path]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let copy = cli.folder.appendingPathComponent("copy.sqlite").path
        let backup = try cli.run(["backup", "--database", cli.database, copy])
        process.waitUntilExit()
        #expect(backup.status == 0, "\(backup.stderr)")
        #expect(try cli.run(["check", "--database", copy]).status == 0)
        let responses = try DatabaseQueue(path: copy).read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM response")
        }
        #expect(responses == 16 || responses == 10_016, "all of the running import, or none of it")
    }
}
