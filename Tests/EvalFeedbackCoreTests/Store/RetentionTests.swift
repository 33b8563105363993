import Foundation
import GRDB
import Testing

@testable import EvalFeedbackCore

/// A register with cases that ended on known days.
private struct Register {
    let store: AppDatabase

    init() throws {
        store = try AppDatabase.inMemory()
        let text = [
            canonicalHeader,
            row("R-1", scores: ["5", "8", "8", "8"], submitted: "2025-11-03T10:00:00", comment: "Anna's klacht"),
            row("R-2", scores: ["4", "8", "8", "8"], submitted: "2025-01-06T10:00:00"),
            row("R-3", scores: ["3", "8", "8", "8"], submitted: "2025-01-06T11:00:00"),
            row("R-4", scores: ["8", "8", "8", "8"], submitted: "2025-11-20T10:00:00", comment: "Prima"),
            row("R-5", scores: ["8", "8", "8", "8"], submitted: "2025-11-21T10:00:00"),
            row("R-6", scores: ["2", "8", "8", "8"], submitted: "2025-01-07T10:00:00"),
        ].joined(separator: "\n")
        try store.importText(text, today: "2025-11-21")
        // Case 1 closed 2025-11-25; case 2 appealed and ruled 2025-12-01; case 3 appealed, no ruling yet;
        // case 4 upheld with consequences outstanding.
        try close(1, on: "2025-11-25")
        try close(2, on: "2025-02-01")
        try appeal(2, on: "2025-02-10", ruled: "2025-12-01", ruling: "rejected")
        try close(3, on: "2025-02-01")
        try appeal(3, on: "2025-02-10", ruled: nil, ruling: nil)
        try close(4, on: "2025-02-01")
        try appeal(4, on: "2025-02-10", ruled: "2025-03-01", ruling: "upheld")
    }

    func close(_ id: Int, on day: String) throws {
        try store.withConnection { db in
            try db.execute(
                sql: """
                    UPDATE complaint_case SET state = 'closed', contacted_on = registered_on, closed_on = ?,
                        outcome = 'resolved', resolution = 'Gebeld met Anna', cause = 'trainer' WHERE id = ?
                    """, arguments: [day, id])
            try db.execute(
                sql:
                    "INSERT INTO case_event (case_id, happened_on, kind, actor, note) VALUES (?, ?, 'closed', 'x', 'y')",
                arguments: [id, day])
        }
    }

    func appeal(_ id: Int, on day: String, ruled: String?, ruling: String?) throws {
        try store.withConnection { db in
            try db.execute(
                sql: """
                    UPDATE complaint_case SET state = ?, appealed_on = ?, ruled_on = ?, ruling = ?, ruling_text = 'z'
                    WHERE id = ?
                    """, arguments: [ruled == nil ? "appealed" : "ruled", day, ruled, ruling, id])
        }
    }

    func purge(_ day: String, dryRun: Bool = false) throws -> PurgeReport {
        try store.purge(today: try require(LocalDate(day)), dryRun: dryRun)
    }
}

@Suite("R17: personal data kept for one year, then purged")
struct RetentionTests {
    @Test("R17: the boundary day: a case closed 2025-11-25 is kept through 2026-11-25 and purged on 2026-11-26")
    func boundary() throws {
        let register = try Register()
        #expect(try register.purge("2026-11-25").cases == [])
        #expect(try register.purge("2026-11-26").cases == [1])
        let row = try register.store.withConnection { db in
            try Row.fetchOne(db, sql: "SELECT * FROM complaint_case WHERE id = 1")
        }
        #expect(row?["contact_name"] == nil as String?)
        #expect(row?["summary"] == nil as String?)
        #expect(row?["resolution"] == nil as String?)
        #expect(row?["closed_on"] == "2025-11-25", "dates stay for the reports")
        #expect(row?["cause"] == "trainer")
        #expect(try register.store.count("case_event", where: "case_id = 1") == 0, "its history is deleted")
        #expect(
            try register.store.count(
                "response", where: "external_id = 'R-1' AND respondent_name IS NULL AND comment IS NULL") == 1)
        #expect(try register.store.count("response", where: "external_id = 'R-1' AND score_training = 5") == 1)
    }

    @Test("R17: an appeal extends the year: it runs from the ruling; an appeal without a ruling is never purged")
    func appeals() throws {
        let register = try Register()
        let midway = try register.purge("2026-11-30")
        // Case 1 (closed 2025-11-25) goes; case 2 was closed in February 2025 but ruled on
        // 2025-12-01; case 3 still awaits its ruling; case 4 its consequences.
        #expect(midway.cases == [1])
        #expect(try register.store.count("complaint_case", where: "id IN (2, 3) AND purged_on IS NULL") == 2)
        #expect(try register.purge("2026-12-02").cases == [2])
        #expect(try register.purge("2030-01-01").cases == [], "case 3 awaits a ruling, case 4 its consequences")
    }

    @Test("R17: an upheld ruling's outstanding consequences keep the case")
    func consequences() throws {
        let register = try Register()
        let kept = try register.purge("2027-06-01")
        #expect(kept.cases == [1, 2], "cases 1 and 2 ended over a year before; case 4 awaits its consequences")
        #expect(try register.store.count("case_event", where: "case_id = 4") > 0, "its history is kept")
        try register.store.withConnection { db in
            try db.execute(sql: "UPDATE complaint_case SET consequences_done_on = '2025-04-01' WHERE id = 4")
        }
        #expect(try register.purge("2027-06-01").cases == [4], "the year ran from the ruling of 2025-03-01")
    }

    @Test("R17: a response without a case loses its personal data one year after submission, to the day")
    func responsesWithoutCase() throws {
        let register = try Register()
        _ = try register.purge("2026-11-20")
        #expect(try register.store.count("response", where: "external_id = 'R-4' AND respondent_name IS NOT NULL") == 1)
        _ = try register.purge("2026-11-21")
        #expect(
            try register.store.count(
                "response", where: "external_id = 'R-4' AND respondent_name IS NULL AND comment IS NULL") == 1)
        #expect(try register.store.count("response", where: "external_id = 'R-5' AND respondent_name IS NOT NULL") == 1)
        #expect(
            try register.store.count("response", where: "external_id = 'R-3' AND respondent_name IS NOT NULL") == 1,
            "a flagged response keeps its data while its case is kept")
    }

    @Test("R17: a dry run changes nothing; a second purge finds nothing; rejected records go after a year too")
    func dryRunAndIdempotence() throws {
        let register = try Register()
        try register.store.importText(canonicalHeader + "\nbroken,line\n", name: "kapot.csv", today: "2025-11-21")
        let before = try register.store.withConnection { db in try Row.fetchAll(db, sql: "SELECT * FROM response") }
        let dry = try register.purge("2026-12-02", dryRun: true)
        #expect(dry.cases == [1, 2])
        #expect(dry.rejects == 1)
        #expect(dry.line.hasSuffix("; nothing was changed"))
        #expect(
            try register.store.withConnection { db in try Row.fetchAll(db, sql: "SELECT * FROM response") } == before)
        let real = try register.purge("2026-12-02")
        #expect(real.cases == dry.cases && real.responses == dry.responses && real.rejects == dry.rejects)
        #expect(try register.store.count("reject") == 0)
        let again = try register.purge("2026-12-02")
        #expect(again.cases.isEmpty && again.responses == 0 && again.rejects == 0)
    }

    @Test("R17: the quarterly report of a purged quarter gives the same figures before and after")
    func reportsStillAddUp() throws {
        let register = try Register()
        let quarters = [Quarter("2025-Q1"), Quarter("2025-Q4")].compactMap { $0 }
        let today = try require(LocalDate("2027-06-01"))
        let before = try quarters.map { try register.store.quarterlyReport($0, today: today) }
        _ = try register.purge("2027-06-01")
        let after = try quarters.map { try register.store.quarterlyReport($0, today: today) }
        #expect(before == after)
        #expect(try register.store.count("response", where: "respondent_name IS NOT NULL") <= 2)
    }

    @Test("A purged case is not on the follow-up list, even with a closing email owed")
    func purgedNotListed() throws {
        let register = try Register()
        try register.store.withConnection { db in
            try db.execute(sql: "UPDATE complaint_case SET closing_email_owed = 1 WHERE id = 1")
        }
        let day = try require(LocalDate("2026-11-26"))
        let before = try register.store.followUpList(on: day, manager: nil).items.map(\.caseID)
        #expect(before.contains(1), "with its closing email owed, the closed case was on the list")
        #expect(try register.purge("2026-11-26").cases.contains(1))
        let list = try register.store.followUpList(on: day, manager: nil)
        #expect(list.items.map(\.caseID) == before.filter { $0 != 1 })
    }

    @Test("R12, R17: a purged case takes no more steps, so no personal data comes back into it")
    func purgedTakesNoSteps() throws {
        let register = try Register()
        _ = try register.purge("2026-11-26")
        let rules = CaseLifecycle(
            today: try require(LocalDate("2026-11-27")), causes: Settings.defaultCauses, calendar: .netherlands(),
            actor: "x")
        #expect(throws: CaseStepError.self) {
            try register.store.record(
                .note(on: try require(LocalDate("2026-11-27")), text: "06-12345678"), on: 1, lifecycle: rules,
                defaultManager: nil)
        }
        #expect(try register.store.count("case_event", where: "case_id = 1") == 0)
    }

    @Test("Adding years keeps the day, and 29 February becomes 28 February")
    func years() throws {
        #expect(try require(LocalDate("2024-02-29")).adding(years: 1).description == "2025-02-28")
        #expect(try require(LocalDate("2026-11-26")).adding(years: -1).description == "2025-11-26")
    }
}
