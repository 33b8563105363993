import Foundation
import Testing

@testable import EvalFeedbackCore

@Suite("The morning mail: each account manager's actions, on working days only")
struct MorningMailTests {
    /// Around King's Day 2026: Sanne's contact overdue on the 28th (registered Wednesday the 22nd),
    /// Mark's due that day (Thursday the 23rd: Monday the 27th is King's Day), Fatima's resolution
    /// due on the 30th with no extension, Sanne's appeal awaiting a ruling, Pieter's case with
    /// nothing due, and a client nobody manages.
    private func register(defaultManager: String? = "Sanne de Vries") throws -> LetterRegister {
        var register = try LetterRegister(
            clients: LetterRegister.clients + "Hogeschool Rijnland,Pieter Smit,pieter.smit@academie.example\n")
        register.settings.defaultManager = defaultManager
        try register.open(client: "Zorggroep Het Baken", on: "2026-04-22")
        try register.open(client: "Gemeente Zuidwolde", on: "2026-04-23")
        let due = try register.open(client: "Bouwbedrijf Van Dijk", on: "2026-04-02")
        try register.step(due.id, .contact(on: try #require(LocalDate("2026-04-03")), note: nil), today: "2026-04-03")
        let appealed = try register.open(client: "Zorggroep Het Baken", on: "2026-03-02")
        let day = try #require(LocalDate("2026-03-20"))
        try register.step(
            appealed.id,
            .close(
                on: day, outcome: .unfounded, resolution: "Binnen de afspraken", cause: "content", satisfied: .no,
                emailOwed: false, emailSentOn: nil), today: "2026-03-20")
        try register.step(appealed.id, .appeal(on: day, thirdParty: nil), today: "2026-03-20")
        let quiet = try register.open(client: "Hogeschool Rijnland", on: "2026-04-20")
        try register.step(quiet.id, .contact(on: try #require(LocalDate("2026-04-21")), note: nil), today: "2026-04-21")
        try register.open(client: "Onbekend BV <script>", on: "2026-04-23")
        return register
    }

    private func mail(_ register: LetterRegister, on day: String) throws -> MorningMail {
        try MorningMailRun(
            store: register.store, settings: register.settings, today: try #require(LocalDate(day)),
            date: LetterRegister.date, messageID: { _ in "digest@academie.example" }
        ).mail
    }

    @Test(
        "R8: nothing on King's Day, Whit Monday or a weekend; mail on the working day after",
        arguments: [
            ("2026-04-27", "2026-04-27 is King's Day"),  // a Monday
            ("2026-05-25", "2026-05-25 is Whit Monday"),  // Pentecost + 1
            ("2026-05-02", "2026-05-02 is a Saturday"),  // a weekend
        ])
    func notOnHolidays(day: String, reason: String) throws {
        let mail = try mail(try register(), on: day)
        #expect(mail.notWorkingDay == reason)
        #expect(mail.messages.isEmpty)
    }

    @Test("2026-04-28: one message per manager with something to do, sections from the follow-up list")
    func workingDay() throws {
        let mail = try mail(try register(), on: "2026-04-28")
        #expect(mail.notWorkingDay == nil)
        #expect(mail.problems.isEmpty)
        #expect(
            mail.messages.map { "\($0.manager ?? "-") <\($0.to.address)>: \($0.count)" } == [
                "Fatima El Amrani <fatima.elamrani@academie.example>: 1",
                "Mark Jansen <mark.jansen@academie.example>: 1",
                "Sanne de Vries <sanne.devries@academie.example>: 3",
            ], "Pieter has nothing to do; the unassigned case goes to the default manager, Sanne")
        let sanne = try PythonEmail(parsing: try #require(mail.messages.last).message.rendered)
        #expect(sanne.defects.isEmpty)
        #expect(sanne.headers["subject"] == "Klachten: 3 actie(s) voor 28 april 2026")
        #expect(sanne.headers["to"] == "Sanne de Vries <sanne.devries@academie.example>")
        let text = try #require(sanne.body("text/plain"))
        #expect(text.contains("Contact te laat (1)\n- zaak 1, Zorggroep Het Baken, Excel voor gevorderden: Contact"))
        #expect(text.contains("Beroep wacht op uitspraak (1)\n- zaak 4, Zorggroep Het Baken"))
        #expect(text.contains("zaak 6, Onbekend BV <script>"))
        #expect(try #require(sanne.body("text/html")).contains("zaak 6, Onbekend BV &lt;script&gt;"))
        let fatima = try PythonEmail(parsing: try #require(mail.messages.first).message.rendered)
        #expect(
            fatima.body("text/plain")?.contains(
                "Afhandeling binnen vijf werkdagen, geen verlenging: informeer de klant of handel af (1)\n- zaak 3")
                == true)
        let mark = try PythonEmail(parsing: try #require(mail.messages.dropFirst().first).message.rendered)
        #expect(mark.body("text/plain")?.contains("Contact vandaag (1)\n- zaak 2") == true)
    }

    @Test("R15: without a default manager, unassigned cases go to mail.lead; without either, that is reported")
    func unassigned() throws {
        var register = try register(defaultManager: nil)
        register.settings.letters.language = .en
        #expect(
            try mail(register, on: "2026-04-28").problems == [
                "unassigned: 1 case to act on, and neither default_account_manager nor mail.lead configured"
            ])
        register.settings.mail.lead = MailAddress(parsing: "Teamleider <lead@academie.example>")
        let mail = try mail(register, on: "2026-04-28")
        let lead = try #require(mail.messages.first { $0.manager == nil })
        #expect(lead.to.address == "lead@academie.example")
        #expect(lead.message.text.contains("(complaints without an account manager)"))
        #expect(mail.messages.first { $0.manager == "Sanne de Vries" }?.count == 2)
    }

    @Test("A manager with actions and no address is reported; a failed send too, and the others still go")
    func failures() throws {
        var register = try register()
        let fake = try FakeSendmail(failFor: "mark.jansen@")
        register.settings.mail.sendmail = fake.command
        let noAddress = try LetterRegister(
            clients: "client,account_manager\nGemeente Zuidwolde,Mark Jansen\n")
        try noAddress.open(on: "2026-04-23")
        #expect(
            try mail(noAddress, on: "2026-04-28").problems == [
                "Mark Jansen: 1 case to act on, but no email address in the clients file (account_manager_email)"
            ])
        let run = try MorningMailRun(
            store: register.store, settings: register.settings, today: try #require(LocalDate("2026-04-28")),
            date: LetterRegister.date)
        let outcome = run.send(settings: register.settings)
        #expect(!outcome.isComplete)
        #expect(fake.received.count == 3, "the failing one was handed over too, then refused")
        #expect(
            outcome.summary
                == "morning mail for 2026-04-28: 2 messages sent (Fatima El Amrani <fatima.elamrani@academie.example>: "
                + "1 case; Sanne de Vries <sanne.devries@academie.example>: 3 cases); 1 not sent (Mark Jansen "
                + "<mark.jansen@academie.example>: '\(fake.command)' exited with 1: mailbox unavailable)")
        #expect(fake.arguments == ["-t -oi", "-t -oi", "-t -oi"])
    }

    @Test("On a holiday the summary says why nothing went")
    func holidaySummary() throws {
        let register = try register()
        let run = try MorningMailRun(
            store: register.store, settings: register.settings, today: try #require(LocalDate("2026-04-27")),
            date: LetterRegister.date)
        #expect(
            run.send(settings: register.settings).summary
                == "morning mail for 2026-04-27: none, 2026-04-27 is King's Day (not a working day)")
    }
}
