import Foundation
import TestSupport
import Testing

@testable import EvalFeedbackCore

/// The academy's register with a clock: each step is recorded on the day the script says.
private struct Academy {
    let store: AppDatabase
    let settings = Settings()

    init() throws {
        store = try AppDatabase.inMemory()
        let clients = try TemporaryFile(
            name: "clients.csv",
            text: "client,account_manager\nZorggroep Het Baken,Sanne de Vries\nGemeente Zuidwolde,Mark Jansen\n")
        _ = try store.importClients(from: clients.url, name: "clients.csv")
    }

    func rules(_ today: String, by actor: String = "Mark Jansen") throws -> CaseLifecycle {
        CaseLifecycle(
            today: try require(LocalDate(today)), causes: settings.causes, calendar: settings.calendar, actor: actor)
    }

    @discardableResult
    func open(
        _ source: CaseSource, client: String, on day: String, solved: String? = nil
    ) throws -> ComplaintCase {
        let registeredOn = try require(LocalDate(day))
        let newCase = NewCase(
            source: source, client: client, contactName: "Contact \(source.rawValue)", contactEmail: "c@example.org",
            training: "Timemanagement", trainer: "Ruud Verhoeven", summary: "Klacht via \(source.rawValue)",
            registeredOn: registeredOn, calendar: settings.calendar)
        let steps: [CaseStep] =
            solved.map {
                [
                    .close(
                        on: registeredOn, outcome: .resolved, resolution: $0, cause: "facilities",
                        satisfied: .yes, emailOwed: false, emailSentOn: nil)
                ]
            } ?? []
        return try store.register(newCase, steps: steps, lifecycle: try rules(day), defaultManager: nil).0
    }

    @discardableResult
    func step(_ id: Int64, _ step: CaseStep, today: String) throws -> CaseChange {
        try store.record(step, on: id, lifecycle: try rules(today), defaultManager: nil)
    }

    /// The list on `day` as `case: action` lines, per group: what the team sees that morning.
    func list(_ day: String) throws -> [String] {
        try store.followUpList(on: try require(LocalDate(day)), manager: nil, settings: settings).items.map {
            "\($0.manager ?? "unassigned") \($0.caseID): \($0.action.rawValue)"
        }
    }
}

/// A date literal of the script; a typo shows up as 1970-01-01 in the failing expectation.
private func day(_ text: String) -> LocalDate { LocalDate(text) ?? LocalDate(dayNumber: 0) }

@Suite("A season of complaints, every source and every path, on the follow-up list day by day")
struct ScenarioTests {
    @Test("Christmas, extensions in time and late, closing emails, appeals upheld and rejected")
    func season() throws {
        let academy = try Academy()
        // Thursday 24 December 2026: an evaluation, an email, an oral complaint solved on the spot, and a chat.
        let export = [
            canonicalHeader,
            row("E-1", scores: ["5", "8", "8", "8"], submitted: "2026-12-24T09:00:00"),
        ].joined(separator: "\n")
        let file = try TemporaryFile(name: "kerst.csv", text: export)
        _ = try academy.store.importEvaluations(
            from: file.url, name: "kerst.csv", settings: academy.settings.importSettings(today: day("2026-12-24")))
        let email = try academy.open(.email, client: "Gemeente Zuidwolde", on: "2026-12-24")
        let oral = try academy.open(.oral, client: "Gemeente Zuidwolde", on: "2026-12-24", solved: "Verwarming aan")
        let chat = try academy.open(.chat, client: "Nieuw BV", on: "2026-12-24")
        #expect([email.id, oral.id, chat.id] == [2, 3, 4])
        #expect(oral.state == .closed)
        // R9 across Christmas: Friday 25th and Saturday 26th are holidays, then the weekend: due Tuesday 29th.
        #expect(email.contactDue == day("2026-12-29"))
        #expect(email.resolutionDue == day("2027-01-21"))

        #expect(
            try academy.list("2026-12-28") == [
                "unassigned 4: in-progress", "Mark Jansen 2: in-progress", "Sanne de Vries 1: in-progress",
            ], "the solved-on-the-spot case owes nothing and is not listed")
        #expect(
            try academy.list("2026-12-29") == [
                "unassigned 4: contact-due-today", "Mark Jansen 2: contact-due-today",
                "Sanne de Vries 1: contact-due-today",
            ])
        try academy.step(1, .contact(on: day("2026-12-29"), note: "Gebeld"), today: "2026-12-29")
        try academy.step(2, .contact(on: day("2026-12-29"), note: nil), today: "2026-12-29")
        #expect(
            try academy.list("2026-12-30") == [
                "unassigned 4: contact-overdue", "Mark Jansen 2: in-progress", "Sanne de Vries 1: in-progress",
            ])
        try academy.step(4, .assign(manager: "mark jansen", on: day("2027-01-04")), today: "2027-01-04")
        try academy.step(4, .contact(on: day("2027-01-05"), note: nil), today: "2027-01-05")
        try academy.step(
            1, .extend(reason: "Trainer op vakantie", expected: day("2027-02-05"), toldOn: day("2027-01-12")),
            today: "2027-01-12")
        // R11: four working days before the deadline, cases without an extension ask to tell the client now.
        #expect(
            try academy.list("2027-01-15") == [
                "Mark Jansen 2: resolution-due-soon", "Mark Jansen 4: resolution-due-soon",
                "Sanne de Vries 1: in-progress",
            ])
        #expect(
            try academy.list("2027-01-22") == [
                "Mark Jansen 2: resolution-overdue", "Mark Jansen 4: resolution-overdue",
                "Sanne de Vries 1: in-progress",
            ])
        let late = try academy.step(
            2, .extend(reason: "Navraag leverancier", expected: day("2027-02-10"), toldOn: day("2027-01-25")),
            today: "2027-01-25")
        #expect(late.updated.deadline.isBreached, "R11: told after the deadline is a breach, kept")
        try academy.step(
            4,
            .close(
                on: day("2027-01-25"), outcome: .unfounded, resolution: "Geen fout gevonden", cause: "other",
                satisfied: .no, emailOwed: true, emailSentOn: day("2027-01-25")),
            today: "2027-01-25")
        try academy.step(
            1,
            .close(
                on: day("2027-02-01"), outcome: .resolved, resolution: "Gesprek met trainer", cause: "trainer",
                satisfied: .yes, emailOwed: true, emailSentOn: nil),
            today: "2027-02-01")
        #expect(
            try academy.list("2027-02-01") == [
                "Mark Jansen 2: in-progress", "Sanne de Vries 1: closing-email-owed",
            ])
        try academy.step(1, .emailSent(on: day("2027-02-02")), today: "2027-02-02")
        try academy.step(4, .appeal(on: day("2027-02-02"), thirdParty: "Geschillencommissie"), today: "2027-02-02")
        try academy.step(
            2,
            .close(
                on: day("2027-02-08"), outcome: .resolved, resolution: "Deel terugbetaald", cause: "organisation",
                satisfied: .no, emailOwed: false, emailSentOn: nil),
            today: "2027-02-08")
        try academy.step(2, .appeal(on: day("2027-02-09"), thirdParty: nil), today: "2027-02-09")
        #expect(try academy.list("2027-02-09") == ["Mark Jansen 4: in-progress", "Mark Jansen 2: in-progress"])
        try academy.step(4, .ruling(.rejected, on: day("2027-03-01"), text: "Klacht ongegrond"), today: "2027-03-01")
        try academy.step(
            2, .ruling(.upheld, on: day("2027-03-01"), text: "Volledige terugbetaling"), today: "2027-03-01")
        #expect(try academy.list("2027-03-01") == ["Mark Jansen 2: consequences-outstanding"])
        try academy.step(2, .consequencesDone(on: day("2027-03-05")), today: "2027-03-05")
        #expect(try academy.list("2027-03-05") == [])

        // R13: the whole history, in order, with who did what.
        let history = try academy.store.history(of: 2)
        #expect(
            history.map(\.kind) == [.registered, .contacted, .extended, .closed, .appealed, .ruled, .consequencesDone])
        #expect(
            history.map(\.on.description) == [
                "2026-12-24", "2026-12-29", "2027-01-25", "2027-02-08", "2027-02-09", "2027-03-01", "2027-03-05",
            ])
        #expect(try academy.store.history(of: 3).map(\.kind) == [.registered, .closed])
        #expect(try academy.store.history(of: 4).contains { $0.kind == .assigned && $0.note == "Mark Jansen" })
    }

    @Test("R8, R9: Easter Monday and King's Day on a Sunday move the contact deadline; the list follows")
    func holidays() throws {
        let academy = try Academy()
        // Thursday before Easter 2027: Good Friday is a working day by default, Easter Monday is not.
        let easter = try academy.open(.contactForm, client: "Zorggroep Het Baken", on: "2027-03-25")
        #expect(easter.contactDue == day("2027-03-30"))
        #expect(try academy.list("2027-03-29") == ["Sanne de Vries 1: in-progress"])
        #expect(try academy.list("2027-03-31") == ["Sanne de Vries 1: contact-overdue"])
        let item = try #require(
            try academy.store.followUpList(on: day("2027-04-01"), manager: nil).items.first)
        #expect(item.workingDaysOverdue == 2)
        // Friday 25 April 2025: King's Day is Saturday the 26th (the 27th is a Sunday), so only the weekend is skipped.
        let kingsDay = try academy.open(.evaluationNote, client: "Gemeente Zuidwolde", on: "2025-04-25")
        #expect(kingsDay.contactDue == day("2025-04-29"))
        // King's Day 2026 is a Monday: registered Friday 24 April, contact is due Wednesday.
        let monday = try academy.open(.oral, client: "Gemeente Zuidwolde", on: "2026-04-24")
        #expect(monday.contactDue == day("2026-04-29"))
        let sheet = CaseSheet(
            complaint: monday, history: try academy.store.history(of: monday.id), today: day("2026-04-24"),
            calendar: .netherlands())
        #expect(sheet.deadlines[0].explanation.contains("Monday 2026-04-27 (King's Day)"))
    }

    @Test("R12: a refused step leaves the register exactly as it was")
    func refusedStepChangesNothing() throws {
        let academy = try Academy()
        let opened = try academy.open(.email, client: "Gemeente Zuidwolde", on: "2026-11-20")
        let before = try academy.store.complaintCase(opened.id, defaultManager: nil)
        #expect(throws: CaseStepError.self) {
            try academy.step(opened.id, .ruling(.upheld, on: day("2026-11-25"), text: "x"), today: "2026-11-26")
        }
        #expect(throws: CaseStepError.self) {
            try academy.step(opened.id, .contact(on: day("2026-11-27"), note: nil), today: "2026-11-26")
        }
        #expect(try academy.store.complaintCase(opened.id, defaultManager: nil) == before)
        #expect(try academy.store.history(of: opened.id).count == 1)
        #expect(throws: CaseStepError.unknownCase(99)) {
            try academy.step(99, .contact(on: day("2026-11-25"), note: nil), today: "2026-11-26")
        }
    }

    @Test("R15: assigning refuses an unknown manager unless the name is new on purpose")
    func assignUnknown() throws {
        let academy = try Academy()
        let opened = try academy.open(.email, client: "Nieuw BV", on: "2026-11-20")
        #expect(throws: ListError.self) {
            try academy.step(opened.id, .assign(manager: "Mark Jansn", on: day("2026-11-26")), today: "2026-11-26")
        }
        let known = try academy.step(
            opened.id, .assign(manager: "MARK JANSEN", on: day("2026-11-26")), today: "2026-11-26")
        #expect(known.updated.manager == "Mark Jansen")
        let new = try academy.store.record(
            .assign(manager: "Noor Bakker", on: day("2026-11-26")), on: opened.id,
            lifecycle: try academy.rules("2026-11-26"),
            defaultManager: nil, allowNewManager: true)
        #expect(new.updated.manager == "Noor Bakker")
    }

    @Test("R7: intake refuses an empty client, contact or summary, and a registration day after today")
    func intakeChecks() throws {
        let academy = try Academy()
        let rules = try academy.rules("2026-11-26")
        func newCase(client: String = "Gemeente Zuidwolde", summary: String = "Te koud", on: String = "2026-11-26")
            -> NewCase
        {
            NewCase(
                source: .email, client: client, contactName: "Anna", contactEmail: nil, training: nil, trainer: nil,
                summary: summary, registeredOn: day(on), calendar: .netherlands())
        }
        #expect(
            throws: CaseStepError.missingName(
                field: "the client (--client)", advice: "name the client organisation, as the clients file does")
        ) {
            try academy.store.register(newCase(client: " "), lifecycle: rules, defaultManager: nil)
        }
        #expect(throws: CaseStepError.emptyText(field: "the summary (--summary)")) {
            try academy.store.register(newCase(summary: ""), lifecycle: rules, defaultManager: nil)
        }
        #expect(throws: CaseStepError.self) {
            try academy.store.register(newCase(on: "2026-12-01"), lifecycle: rules, defaultManager: nil)
        }
        #expect(try academy.store.count("complaint_case") == 0)
    }
}
