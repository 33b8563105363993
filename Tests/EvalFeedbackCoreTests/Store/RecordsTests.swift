import Foundation
import GRDB
import Testing

@testable import EvalFeedbackCore

/// The history, the letters, the users, the clients and the archived exports are read and
/// written through GRDB records: each reads back what it wrote, odd values included (a NULL
/// where the table allows one, a very long text, letters beyond ASCII).
@Suite("Records read back what they wrote")
struct RecordsTests {
    let store: AppDatabase
    let today = LocalDate(checked: 2026, 11, 26)
    /// Past anything a form would send, with a line break, an emoji and letters of three scripts.
    let longNote = String(repeating: "Één klacht over de zaal — «trop froid», холодно 🥶\n", count: 2_000)

    init() throws {
        store = try AppDatabase.withTwoCases()
    }

    private func lifecycle() -> CaseLifecycle {
        CaseLifecycle(today: today, causes: Settings.defaultCauses, calendar: .netherlands(), actor: "Zoë Ångström")
    }

    @Test("R13: history entries read back as written, with a NULL note, a long note and any letters")
    func history() throws {
        let written = [
            CaseEvent(on: LocalDate(checked: 2026, 11, 24), kind: .contacted, actor: "Zoë Ångström", note: nil),
            CaseEvent(on: LocalDate(checked: 2026, 11, 25), kind: .note, actor: "Şükrü Öztürk", note: longNote),
            CaseEvent(on: LocalDate(checked: 2026, 11, 26), kind: .letterSent, actor: "x", note: ""),
        ]
        try store.withConnection { db in
            for event in written { try event.insert(into: db, caseID: 2) }
        }
        let read = try store.history(of: 2)
        #expect(read.count == 4)
        #expect(read.first?.kind == .registered, "the import's first entry stays first")
        #expect(Array(read.dropFirst()) == written)
        #expect(try store.history(of: 1).count == 1, "another case's history is its own")
        let stamps = try store.withConnection { db in
            try CaseEventRecord.history(of: 2).fetchAll(db).map(\.recordedAt)
        }
        // Each entry is stamped with the moment it was recorded, in UTC, as SQLite's strftime wrote it.
        #expect(stamps.allSatisfy { $0?.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/) != nil }, "\(stamps)")
    }

    @Test("R13: a step's history entry reads back through the record")
    func stepEntry() throws {
        _ = try store.record(
            .note(on: today, text: "Bellen vóór 10:00 — niet per e-mail"), on: 1, lifecycle: lifecycle(),
            defaultManager: nil)
        let last = try #require(try store.history(of: 1).last)
        #expect(last.on == today)
        #expect(last.kind == .note)
        #expect(last.actor == "Zoë Ångström")
        #expect(last.note == "Bellen vóór 10:00 — niet per e-mail")
    }

    @Test("R11-R15: each step's UPDATE stores the case as the step made it, free texts beyond ASCII included")
    func stepUpdates() throws {
        let steps: [CaseStep] = [
            .assign(manager: "Özlem Şahin", on: LocalDate(checked: 2026, 11, 23)),
            .contact(on: LocalDate(checked: 2026, 11, 24), note: nil),
            .extend(
                reason: "Wacht op de trainer — «afwezig»", expected: LocalDate(checked: 2026, 12, 30),
                toldOn: LocalDate(checked: 2026, 11, 25)),
            .close(
                on: today, outcome: .resolved, resolution: longNote, cause: "facilities", satisfied: .no,
                emailOwed: true, emailSentOn: nil),
            .appeal(on: today, thirdParty: "Geschillencommissie Ñ"),
            .ruling(.upheld, on: today, text: "Gegrond: zaal 3 °C te koud"),
            .consequencesDone(on: today),
        ]
        for step in steps {
            let change = try store.record(
                step, on: 1, lifecycle: lifecycle(), defaultManager: nil, allowNewManager: true)
            #expect(try store.complaintCase(1, defaultManager: nil) == change.updated, "\(step)")
        }
        let stored = try store.complaintCase(1, defaultManager: nil)
        #expect(stored.appeal?.consequencesDoneOn == today)
        // The lifecycle keeps the resolution on one line and trimmed; all of it is stored.
        #expect(stored.closing?.resolution.count == longNote.count - 1)
        #expect(stored.manager == "Özlem Şahin")
        #expect(try store.complaintCase(2, defaultManager: nil).state == .registered, "one case updated, not all")
    }

    @Test(
        "R17: the purge empties an ended case's personal columns, deletes its history and forgets its letters' recipient"
    )
    func purge() throws {
        let steps: [CaseStep] = [
            .contact(on: today, note: "Gebeld"),
            .extend(reason: "Wacht op de trainer", expected: LocalDate(checked: 2026, 12, 30), toldOn: today),
            .close(
                on: today, outcome: .unfounded, resolution: "Uitgelegd", cause: "facilities", satisfied: .no,
                emailOwed: false, emailSentOn: nil),
            .appeal(on: today, thirdParty: "Geschillencommissie"),
            .ruling(.rejected, on: today, text: "Ongegrond"),
        ]
        for step in steps { _ = try store.record(step, on: 1, lifecycle: lifecycle(), defaultManager: nil) }
        let letter = SentLetter(kind: .acknowledgement, sentOn: today, recipient: "k@voorbeeld.nl", sha256: "00")
        _ = try store.record(letter, on: 1, lifecycle: lifecycle(), defaultManager: nil)
        _ = try store.record(letter, on: 2, lifecycle: lifecycle(), defaultManager: nil)
        let later = LocalDate(checked: 2028, 1, 3)
        #expect(try store.purge(today: later, dryRun: false).cases == [1])
        let emptied = try store.withConnection { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT COUNT(*) FROM complaint_case WHERE id = 1 AND contact_name IS NULL AND contact_email IS NULL
                      AND summary IS NULL AND resolution IS NULL AND extension_reason IS NULL AND ruling_text IS NULL
                      AND appeal_third_party IS NULL AND purged_on = '2028-01-03' AND cause = 'facilities'
                    """)
        }
        #expect(emptied == 1)
        #expect(try store.history(of: 1).isEmpty)
        #expect(try store.history(of: 2).count == 2, "another case's history stays: registered, letter")
        #expect(try store.letters(of: [1, 2]).mapValues { $0.map(\.recipient) } == [1: [nil], 2: ["k@voorbeeld.nl"]])
    }

    @Test("A history entry's day that is no date stops the read with the case")
    func corruptHistoryDay() throws {
        try store.withConnection { db in
            try db.execute(sql: "UPDATE case_event SET happened_on = '2026-02-30' WHERE case_id = 2")
        }
        #expect(throws: ListError.corruptDate(case: 2, column: "happened_on", value: "2026-02-30")) {
            try store.history(of: 2)
        }
    }

    @Test("R13: letters read back as written, without a recipient (purged) and with one beyond ASCII")
    func letters() throws {
        let sha = String(repeating: "ab", count: 32)
        let first = SentLetter(
            kind: .acknowledgement, sentOn: LocalDate(checked: 2026, 11, 24), recipient: "Zoë <zoë@voorbeeld.nl>",
            sha256: sha)
        let second = SentLetter(kind: .delay, sentOn: today, recipient: nil, sha256: sha)
        _ = try store.record(first, on: 2, lifecycle: lifecycle(), defaultManager: nil)
        _ = try store.record(second, on: 2, lifecycle: lifecycle(), defaultManager: nil)
        #expect(try store.letters(of: [1, 2, 3]) == [2: [first, second]])
        #expect(try store.letters(of: []) == [:])
        let note = try store.history(of: 2).last?.note
        #expect(note == "delay letter to ? (SHA-256 \(sha))")
    }

    @Test("A letter's kind this version does not know stops the read with the case")
    func corruptLetterKind() throws {
        let letter = SentLetter(kind: .acknowledgement, sentOn: today, recipient: nil, sha256: "00")
        _ = try store.record(letter, on: 1, lifecycle: lifecycle(), defaultManager: nil)
        try store.withConnection { db in try db.execute(sql: "UPDATE letter SET kind = 'telegram'") }
        #expect(
            throws: ListError.corruptValue(
                case: 1, column: "letter.kind", value: "telegram", known: LetterKind.allCases.map(\.rawValue))
        ) { try store.letters(of: [1]) }
    }

    @Test("Users read back as added and changed, NULLs included, found by login in any case")
    func users() throws {
        let hash = "$2b$12$" + String(repeating: "x", count: 53)
        let team = try store.addUser(
            NewUser(login: "zoe.a", name: "Zoë Ångström", role: .team, manager: nil, passwordHash: hash), on: today)
        let manager = try store.addUser(
            NewUser(login: "Ozlem", name: "Özlem Şahin", role: .manager, manager: "Özlem Şahin", passwordHash: "h"),
            on: today)
        #expect(
            team
                == WebUser(
                    id: team.id, login: "zoe.a", name: "Zoë Ångström", role: .team, manager: nil, passwordHash: hash,
                    language: "nl", calendarToken: nil, seesPersonalData: false, disabledOn: nil))
        #expect(manager.manager == "Özlem Şahin")
        #expect(try store.users() == [manager, team], "by login, without regard to case")
        #expect(try store.user(login: " ZOE.A ") == team)
        #expect(try store.user(id: manager.id) == manager)
        #expect(try store.user(id: 99) == nil)

        try store.setCalendarToken(login: "zoe.a", to: "geheim-ö")
        try store.setLanguage(login: "zoe.a", to: "en")
        try store.setSeesPersonalData(login: "zoe.a", to: true)
        try store.setPasswordHash(login: "zoe.a", to: "nieuw")
        #expect(try store.user(calendarToken: "geheim-ö")?.login == "zoe.a")
        try store.disableUser(login: "zoe.a", on: LocalDate(checked: 2026, 11, 27))
        try store.disableUser(login: "zoe.a", on: LocalDate(checked: 2026, 12, 1))
        #expect(try store.user(calendarToken: "geheim-ö") == nil, "a disabled user's feed stops")
        let changed = try #require(try store.user(login: "zoe.a"))
        #expect(
            changed
                == WebUser(
                    id: team.id, login: "zoe.a", name: "Zoë Ångström", role: .team, manager: nil,
                    passwordHash: "nieuw", language: "en", calendarToken: "geheim-ö", seesPersonalData: true,
                    disabledOn: LocalDate(checked: 2026, 11, 27)),
            "disabled once, on the first day")
        try store.setCalendarToken(login: "zoe.a", to: nil)
        #expect(try store.user(login: "zoe.a")?.calendarToken == nil)

        #expect(throws: UserError.unknownLogin("piet")) { try store.setLanguage(login: "piet", to: "en") }
        #expect(throws: UserError.loginTaken("OZLEM")) {
            try store.addUser(
                NewUser(login: "OZLEM", name: "Iemand", role: .team, manager: nil, passwordHash: "h"), on: today)
        }
        #expect(throws: UserError.nameTaken("ozlem sahin")) {
            try store.addUser(
                NewUser(login: "o2", name: "ozlem sahin", role: .team, manager: nil, passwordHash: "h"), on: today)
        }
    }

    @Test("R13: who registered a case by hand, as its first history entry names them")
    func registrations() throws {
        let (opened, _) = try store.register(
            NewCase(
                source: .email, client: "Gemeente Zuidwolde", contactName: "K. de Wit", contactEmail: nil,
                training: nil, trainer: nil, summary: "Zaal te koud", registeredOn: today, calendar: .netherlands()),
            lifecycle: lifecycle(), defaultManager: nil)
        #expect(try store.registrar(of: opened.id) == "Zoë Ångström")
        #expect(try store.registrar(of: 1) == CaseEvent.importActor)
        #expect(try store.caseIDs(registeredBy: "zoe angstrom") == [opened.id])
    }

    @Test("R15: clients read back as saved, a later file's manager replacing the earlier, a NULL address skipped")
    func clients() throws {
        try store.save([
            ClientAssignment(client: "Gemeente Zuidwolde", manager: "Özlem Şahin", email: "ozlem@academie.nl"),
            ClientAssignment(client: "Bakkerij Ñandú", manager: "Özlem Şahin", email: nil),
            ClientAssignment(client: "Waterschap", manager: "Mark Jansen", email: nil),
        ])
        try store.save([
            ClientAssignment(client: "gemeente zuidwolde", manager: "Özlem Şahin", email: "o.sahin@academie.nl")
        ])
        let clients = try store.withConnection { db in try ClientRecord.order(ClientRecord.Columns.name).fetchAll(db) }
        #expect(clients.map(\.name) == ["Bakkerij Ñandú", "Waterschap", "gemeente zuidwolde"])
        #expect(clients.map(\.managerEmail) == [nil, nil, "o.sahin@academie.nl"])
        #expect(
            try store.managerAddresses().mapValues(\.address) == [ClientKey.of("Özlem Şahin"): "o.sahin@academie.nl"])
        #expect(try store.managerAddress(of: "mark jansen") == nil)
    }

    @Test("R17: archived exports read back as recorded; a path recorded again is kept once")
    func archivedExports() throws {
        let path = "/var/lib/evalfeedback/archief/export — Zuidwolde ö.csv"
        try store.recordArchivedExport(path: path, importID: 1, on: today)
        try store.recordArchivedExport(path: path, importID: 1, on: LocalDate(checked: 2026, 11, 27))
        try store.recordArchivedExport(path: "/b.csv", importID: 1, on: today)
        #expect(try store.archivedExportPaths() == [path, "/b.csv"])
        let stored = try store.withConnection { db in try ArchivedExportRecord.fetchAll(db) }
        #expect(stored.first { $0.path == path }?.archivedOn == "2026-11-27")
        try store.forgetArchivedExports([path])
        #expect(try store.archivedExportPaths() == ["/b.csv"])
    }
}
