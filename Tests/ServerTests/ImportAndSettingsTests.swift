import EvalFeedbackCore
import Foundation
import Hummingbird
import HummingbirdTesting
import TestSupport
import Testing

@testable import EvalFeedbackWeb

@Suite("Imports, settings, the access log")
struct ImportAndSettingsTests {
    static let fixtures = Repository.fixtures

    @Test("The lead uploads an export: the CLI's import runs and the page shows its summary and rejects")
    func upload() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.login("lea") == 303)
            try await browser.get("/imports")
            let file = Self.fixtures.appendingPathComponent("exports/2026-11-25-kapotte-regels.csv")
            let bytes = Array(try Data(contentsOf: file))
            let answer = try await browser.upload("/imports", file: "2026-11-25-kapotte-regels.csv", bytes: bytes)
            #expect(answer.status == 200, "\(answer.body)")
            let expected = try AppDatabase.inMemory().importEvaluations(
                from: file, name: "2026-11-25-kapotte-regels.csv",
                settings: Settings().importSettings(today: ServerFixture.today))
            // The CLI's summary, counted the same, in the lead's Dutch.
            let summary = try #require(expected.summary)
            #expect(
                answer.body.contains(
                    "2026-11-25-kapotte-regels.csv: \(summary.records) regels, \(summary.accepted) geïmporteerd, "
                        + "\(summary.rejected) afgekeurd, \(summary.flagged) met een lage score, "
                        + "\(summary.casesOpened) zaken geopend, \(summary.alreadyKnown) al bekend"))
            let rejects = try fixture.store.rejects(file: "2026-11-25-kapotte-regels.csv")
            #expect(!rejects.isEmpty)
            #expect(answer.body.contains("<td>\(rejects[0].line)</td>"))
            // The same file again changes nothing (R6).
            try await browser.get("/imports")
            let again = try await browser.upload("/imports", file: "2026-11-25-kapotte-regels.csv", bytes: bytes)
            #expect(again.body.contains("2026-11-25-kapotte-regels.csv: al geïmporteerd op 2026-11-26"))
        }
    }

    @Test("An export without the score columns is refused in the lead's Dutch, naming no CLI command")
    func notAnExport() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.login("lea") == 303)
            try await browser.get("/imports")
            let answer = try await browser.upload(
                "/imports", file: "nov.csv", bytes: Array("naam,cursus,dag\nAnna,Excel,2026-11-20\n".utf8))
            #expect(answer.status == 422)
            #expect(answer.body.contains("nov.csv:1: geen kolom voor "))
            #expect(answer.body.contains("(gevonden: naam, cursus, dag)"))
            #expect(answer.body.contains("Er is niets geïmporteerd."))
            #expect(!answer.body.contains("evalfeedback "))
            #expect(!answer.body.contains("--mapping"))
            #expect(try fixture.store.rejects().isEmpty)
        }
    }

    @Test("An upload over server.upload_limit_mb is refused with 413 and imports nothing")
    func uploadLimit() async throws {
        let fixture = try ServerFixture()
        let settings = ServerFixture.settings { $0.server.uploadLimitMB = 1 }
        try await fixture.application(settings: settings).test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.login("lea") == 303)
            try await browser.get("/imports")
            let answer = try await browser.upload(
                "/imports", file: "big.csv", bytes: Array(repeating: 65, count: 1_200_000))
            #expect(answer.status == 413)
            #expect(answer.body.contains("Het bestand is groter dan de uploadlimiet van 1 MiB"))
            #expect(try fixture.store.rejects().isEmpty)
        }
    }

    @Test("A password is changed with the current one; a short one is refused")
    func password() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.login("tess") == 303)
            try await browser.get("/settings")
            let short = try await browser.post(
                "/settings/password", [("current", ServerFixture.password), ("new", "short"), ("repeat", "short")])
            #expect(short.status == 400)
            #expect(short.body.contains("Het nieuwe wachtwoord is korter dan 10 tekens. Er is niets gewijzigd."))
            let wrong = try await browser.post(
                "/settings/password",
                [("current", "nope nope nope"), ("new", "a longer passphrase"), ("repeat", "a longer passphrase")])
            #expect(wrong.body.contains("Het huidige wachtwoord klopt niet. Er is niets gewijzigd."))
            let changed = try await browser.post(
                "/settings/password",
                [
                    ("current", ServerFixture.password), ("new", "a longer passphrase"),
                    ("repeat", "a longer passphrase"),
                ])
            #expect(changed.status == 200)
            try await browser.post("/logout")
            var again = Browser(client)
            #expect(try await again.login("tess", password: ServerFixture.password) == 401)
            #expect(try await again.login("tess", password: "a longer passphrase") == 303)
        }
    }

    @Test(
        "The access log holds paths of the server's own words and numbers only",
        arguments: [
            ("/cases/12/contact", "/cases/12/contact"),
            ("/calendar/0123abcd.ics", "/calendar/*"),
            ("/cases/jan.jansen@example.nl", "/cases/*"),
            ("/Anna Visser", "/*"),
        ])
    func accessLog(path: String, logged: String) {
        #expect(AccessLogMiddleware.loggedPath(path) == logged)
    }
}
