import Foundation
import GRDB
import TestSupport
import Testing

@testable import EvalFeedbackCore

/// A register with clients, their managers' addresses and cases, and the settings letters need.
struct LetterRegister {
    let store: AppDatabase
    var settings: Settings

    /// The Date header and Message-ID every golden message is made with.
    static let date = Date(timeIntervalSince1970: 1_797_580_800)  // 2026-12-18 09:00 in Amsterdam
    static let messageID = "golden-message@academie.example"

    init(clients: String = Self.clients) throws {
        store = try AppDatabase.inMemory()
        let file = try TemporaryFile(name: "clients.csv", text: clients)
        _ = try store.importClients(from: file.url, name: "clients.csv")
        settings = Settings()
        settings.mail.from = MailAddress(parsing: "Academie Klachten <klachten@academie.example>")
        settings.letters.appealBody = "Geschillencommissie Particuliere Onderwijsinstellingen"
    }

    static let clients = """
        client,account_manager,account_manager_email
        Zorggroep Het Baken,Sanne de Vries,sanne.devries@academie.example
        Gemeente Zuidwolde,Mark Jansen,mark.jansen@academie.example
        Bouwbedrijf Van Dijk,Fatima El Amrani,fatima.elamrani@academie.example

        """

    func rules(_ today: String, by actor: String = "Mark Jansen") throws -> CaseLifecycle {
        CaseLifecycle(
            today: try #require(LocalDate(today)), causes: settings.causes, calendar: settings.calendar, actor: actor)
    }

    /// A complaint by email registered on `day`.
    @discardableResult
    func open(
        client: String = "Gemeente Zuidwolde", contact: String = "Karin de Wit",
        email: String? = "k.dewit@zuidwolde.example", summary: String = "Cursusmateriaal niet ontvangen",
        on day: String = "2026-11-20"
    ) throws -> ComplaintCase {
        let newCase = NewCase(
            source: .email, client: client, contactName: contact, contactEmail: email,
            training: "Excel voor gevorderden", trainer: "Ruud Verhoeven", summary: summary,
            registeredOn: try #require(LocalDate(day)), calendar: settings.calendar)
        return try store.register(newCase, lifecycle: try rules(day), defaultManager: settings.defaultManager).0
    }

    /// Writes values into case `id` as they are, past every check at intake: what an export or
    /// an older version may have stored.
    func store(case id: Int64, contact: String, email: String = "k.dewit@zuidwolde.example", summary: String? = nil)
        throws
    {
        try store.withConnection { db in
            try db.execute(
                sql:
                    "UPDATE complaint_case SET contact_name = ?, contact_email = ?, summary = COALESCE(?, summary) WHERE id = ?",
                arguments: [contact, email, summary, id])
        }
    }

    @discardableResult
    func step(_ id: Int64, _ step: CaseStep, today: String) throws -> CaseChange {
        try store.record(step, on: id, lifecycle: try rules(today), defaultManager: settings.defaultManager)
    }

    /// The letter for case `id`, dated and numbered as the goldens are.
    func letter(_ kind: LetterKind, _ id: Int64, _ language: LetterLanguage? = nil) throws -> CaseLetter {
        try CaseLetter(
            kind, caseID: id, language: language, store: store, settings: settings, date: Self.date,
            messageID: Self.messageID)
    }

    /// A case at each letter's step: registered (1), extended (2), closed resolved (3) and
    /// closed unfounded (4).
    func everyStep() throws {
        try open()
        let delayed = try open(summary: "De trainer kwam te laat en de oefenbestanden ontbraken.")
        try step(delayed.id, .contact(on: try #require(LocalDate("2026-11-23")), note: nil), today: "2026-11-23")
        try step(
            delayed.id,
            .extend(
                reason: "De trainer is tot 4 januari met verlof; wij willen zijn kant horen.",
                expected: try #require(LocalDate("2027-01-15")), toldOn: try #require(LocalDate("2026-12-14"))),
            today: "2026-12-14")
        let resolved = try open(summary: "Het lokaal was te koud.")
        try step(
            resolved.id,
            .close(
                on: try #require(LocalDate("2026-12-01")), outcome: .resolved,
                resolution: "Een gratis terugkomdag in een warmer lokaal.", cause: "facilities", satisfied: .yes,
                emailOwed: true, emailSentOn: nil), today: "2026-12-01")
        let unfounded = try open(summary: "De toets was te moeilijk.")
        try step(
            unfounded.id,
            .close(
                on: try #require(LocalDate("2026-12-01")), outcome: .unfounded,
                resolution: "De toets volgt het gepubliceerde programma; de slagingsgraad is 87%.", cause: "content",
                satisfied: .no, emailOwed: true, emailSentOn: nil), today: "2026-12-01")
    }
}
