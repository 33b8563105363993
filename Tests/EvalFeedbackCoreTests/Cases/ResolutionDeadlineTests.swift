import Foundation
import GRDB
import Testing

@testable import EvalFeedbackCore

/// A date literal of the script; a typo shows up as 1970-01-01 in the failing expectation.
private func day(_ text: String) -> LocalDate { LocalDate(text) ?? LocalDate(dayNumber: 0) }

/// The register on 2027-03-01 with one case, registered on Friday 2026-11-20 (contact due
/// 11-24, four weeks end 12-18), contacted on 11-23, then extended and closed as `steps` say.
private struct ExtendedCase {
    let store: AppDatabase
    let settings = Settings()
    let complaint: ComplaintCase

    init(_ steps: [(CaseStep, today: String)]) throws {
        store = try AppDatabase.inMemory()
        let newCase = NewCase(
            source: .email, client: "Gemeente Zuidwolde", contactName: "Anna Visser", contactEmail: nil,
            training: "Timemanagement", trainer: nil, summary: "Factuur klopt niet", registeredOn: day("2026-11-20"),
            calendar: settings.calendar)
        let id = try store.register(
            newCase, steps: [.contact(on: day("2026-11-23"), note: nil)], lifecycle: Self.rules("2026-11-23"),
            defaultManager: nil
        ).0.id
        for (step, today) in steps {
            _ = try store.record(step, on: id, lifecycle: Self.rules(today), defaultManager: nil)
        }
        complaint = try store.complaintCase(id, defaultManager: nil)
    }

    static func rules(_ today: String) -> CaseLifecycle {
        CaseLifecycle(today: day(today), causes: Settings.defaultCauses, calendar: .netherlands(), actor: "Mark Jansen")
    }

    func report(today: String = "2027-03-01") throws -> QuarterlyReport.Handling {
        try store.quarterlyReport(try require(Quarter("2026-Q4")), today: day(today)).handling
    }

    /// The register extract's row for the case, by column name.
    func registerRow() throws -> [String: String] {
        let extract = try store.registerExtract(from: day("2026-11-01"), to: day("2026-11-30"), withPersonalData: false)
        return Dictionary(uniqueKeysWithValues: zip(extract.headers(.english), try require(extract.rows(.english).first)))
    }

    func sheet(today: String = "2027-03-01") throws -> String {
        let sheet = CaseSheet(
            complaint: complaint, history: try store.history(of: complaint.id), today: day(today),
            calendar: .netherlands())
        return String(decoding: try sheet.rendered(as: .text), as: UTF8.self)
    }
}

private func extend(told: String, expected: String) -> (CaseStep, today: String) {
    (.extend(reason: "Wacht op leverancier", expected: day(expected), toldOn: day(told)), today: told)
}

private func close(_ on: String) -> (CaseStep, today: String) {
    (
        .close(
            on: day(on), outcome: .resolved, resolution: "Opgelost", cause: "content", satisfied: .yes,
            emailOwed: false,
            emailSentOn: nil), today: on
    )
}

@Suite("R11: the resolution deadline's two meanings, decided once (ResolutionDeadline)")
struct ResolutionDeadlineTests {
    @Test(
        "R11: the date promised follows every extension; the procedure's deadline only those told in time",
        arguments: [
            // Told in time: both move to the new date.
            ([("2026-12-15", "2027-01-08")], "2027-01-08", nil as String?),
            // Told after the four weeks: promised moves, the procedure stays at the deadline missed.
            ([("2026-12-21", "2027-01-15")], "2027-01-15", "2026-12-18"),
            // Timely, then late: the breach is of the first extension's date.
            ([("2026-12-15", "2027-01-08"), ("2027-01-12", "2027-01-29")], "2027-01-29", "2027-01-08"),
            // Late, then in time for the date then promised: the breach stays.
            ([("2026-12-21", "2027-01-15"), ("2027-01-12", "2027-01-29")], "2027-01-29", "2026-12-18"),
            // Late twice: the first breach is the one kept.
            ([("2026-12-21", "2027-01-15"), ("2027-01-20", "2027-01-29")], "2027-01-29", "2026-12-18"),
            // Three in time, each told on its deadline's last day.
            (
                [("2026-12-18", "2027-01-08"), ("2027-01-08", "2027-01-22"), ("2027-01-22", "2027-02-05")],
                "2027-02-05", nil
            ),
        ])
    func sequences(extensions: [(told: String, expected: String)], promised: String, missed: String?) {
        var deadline = ResolutionDeadline(fourWeeks: day("2026-12-18"))
        for step in extensions { deadline = deadline.extended(toldOn: day(step.told), expected: day(step.expected)) }
        #expect(deadline.promised == day(promised))
        #expect(deadline.missed == missed.map(day))
        #expect(deadline.procedureDue == day(missed ?? promised))
        #expect(deadline.isKept(closedOn: day(promised)) == (missed == nil))
    }

    @Test("R11: timely then late: the report, the register, case show and the follow-up list tell one story")
    func timelyThenLate() throws {
        let academy = try ExtendedCase([
            extend(told: "2026-12-15", expected: "2027-01-08"), extend(told: "2027-01-12", expected: "2027-01-29"),
            close("2027-01-27"),
        ])
        #expect(academy.complaint.missedDeadline == day("2027-01-08"))
        let handling = try academy.report()
        #expect(handling.resolvedInTime == .init(count: 0, of: 1))
        #expect(handling.late.map(\.due) == [day("2027-01-08")])
        #expect(handling.extensions.map(\.timely) == [false])
        #expect(handling.extensions.map(\.missedDeadline) == [day("2027-01-08")])
        let row = try academy.registerRow()
        #expect(row["extension in time"] == "no: a breach (R11), 2027-01-08 missed")
        #expect(row["within the procedure's deadline"] == "no")
        let sheet = try academy.sheet()
        #expect(sheet.contains("Breach:           the client was not told of the delay by 2027-01-08"))
    }

    @Test("R11: late then timely: the breach is not undone, in the report as in case show (it was lost)")
    func lateThenTimely() throws {
        let academy = try ExtendedCase([
            extend(told: "2026-12-21", expected: "2027-01-15"), extend(told: "2027-01-12", expected: "2027-01-29"),
            close("2027-01-27"),
        ])
        let handling = try academy.report()
        #expect(handling.extensions.map(\.timely) == [false], "the latest extension was in time, the case was not")
        #expect(handling.extensions.map(\.missedDeadline) == [day("2026-12-18")])
        #expect(handling.resolvedInTime == .init(count: 0, of: 1))
        #expect(handling.late.map(\.due) == [day("2026-12-18")])
        #expect(try academy.registerRow()["extension in time"] == "no: a breach (R11), 2026-12-18 missed")
        #expect(try academy.sheet().contains("breached: the client was not told of the delay by 2026-12-18"))
    }

    @Test("R11: several extensions, all in time, and closed by the last date promised: the procedure was kept")
    func severalInTime() throws {
        let academy = try ExtendedCase([
            extend(told: "2026-12-15", expected: "2027-01-08"), extend(told: "2027-01-05", expected: "2027-01-22"),
            extend(told: "2027-01-20", expected: "2027-02-05"), close("2027-02-03"),
        ])
        let handling = try academy.report()
        #expect(handling.resolvedInTime == .init(count: 1, of: 1))
        #expect(handling.lateCount == 0)
        #expect(handling.extensions.map(\.timely) == [true])
        let row = try academy.registerRow()
        #expect(row["extension in time"] == "yes")
        #expect(row["within the procedure's deadline"] == "yes")
        let sheet = try academy.sheet()
        #expect(!sheet.contains("Breach"))
        #expect(sheet.contains("resolution: 2026-12-18  extended in time (see below)"))
    }

    @Test(
        "R11: an open case breached, then promised a later date: the list works to the promise, the report counts it overdue"
    )
    func openAfterBreach() throws {
        let academy = try ExtendedCase([
            extend(told: "2026-12-21", expected: "2027-01-15"), extend(told: "2027-01-12", expected: "2027-01-29"),
        ])
        let item = FollowUpItem(academy.complaint, today: day("2027-01-20"), calendar: .netherlands())
        #expect(item.resolutionDue == day("2027-01-29"), "the working target is the date the client was promised")
        #expect(item.action == .inProgress)
        let list = try academy.store.followUpList(on: day("2027-01-20"), manager: nil)
        #expect(list.items.map(\.resolutionDue) == [day("2027-01-29")], "the stored list reads the same date")
        #expect(try academy.report(today: "2027-01-20").overdueAtEnd == 1, "the procedure's deadline has passed")
    }

    @Test("R11: a closed case cannot be extended; the refusal leaves its deadlines as they were")
    func afterClosing() throws {
        let academy = try ExtendedCase([close("2026-12-10")])
        #expect(throws: CaseStepError.self) {
            try academy.store.record(
                extend(told: "2026-12-11", expected: "2027-01-15").0, on: academy.complaint.id,
                lifecycle: ExtendedCase.rules("2026-12-11"), defaultManager: nil)
        }
        let after = try academy.store.complaintCase(academy.complaint.id, defaultManager: nil)
        #expect(after.deadline == ResolutionDeadline(fourWeeks: day("2026-12-18")))
        #expect(try academy.report().resolvedInTime == .init(count: 1, of: 1))
    }

    @Test("R11: a breach recorded before missed_deadline existed gets its missed date from the case's history")
    func migration() throws {
        let academy = try ExtendedCase([
            extend(told: "2026-12-15", expected: "2027-01-08"), extend(told: "2027-01-12", expected: "2027-01-29"),
        ])
        try academy.store.withConnection { db in
            try db.execute(sql: "UPDATE complaint_case SET missed_deadline = NULL")
            try AppDatabase.backfillMissedDeadlines(db)
        }
        #expect(
            try academy.store.complaintCase(academy.complaint.id, defaultManager: nil).missedDeadline
                == day("2027-01-08"))
    }
}
