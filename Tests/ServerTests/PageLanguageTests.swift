import EvalFeedbackCore
@testable import EvalFeedbackWeb
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TestSupport

/// The pages speak the user's language (issue 23): Dutch by default, English per user, and
/// never a CLI command. Every role crawls every page it may see, on a register with the demo's
/// imports and a case in every standing the lifecycle has.
@Suite("The pages' language")
struct PageLanguageTests {
    /// Phrases of the CLI's commands: a page names its own forms instead.
    static let cliPhrases = ["'case ", "&#39;case ", "evalfeedback ", "--manager", "--contact", "--on "]

    /// The CLI's English words for a to-do, a deadline, a state and a refusal.
    static let englishWords = [
        "Contact the client", "Resolution due", "Resolution overdue", "Answer promised", "Send the closing email",
        "Carry out the ruling", "Awaiting the third party", "working day", "close the case", "not yet contacted",
        "met on", "open and", "counted", "skipped", "calendar days", "Record the contact", "Nothing was",
        "is not possible",
    ]

    /// The Dutch words for the same.
    static let dutchWords = [
        "Bel de klant", "Afhandeling uiterlijk", "Afhandeling te laat", "Antwoord beloofd", "Stuur de afsluitmail",
        "Voer de uitspraak", "Wacht op de uitspraak", "werkdag", "sluit de zaak af", "nog geen contact",
        "gehaald op", "open en", "geteld", "overgeslagen", "kalenderdagen", "Leg het contact vast",
    ]

    @Test("A status the pages have no words of their own for is explained in the reader's language, with its code")
    func otherStatus() {
        #expect(
            Wording(language: "nl").problem(.status(code: 405)).hasPrefix(
                "Zo kan deze pagina niet worden opgevraagd (HTTP 405)"))
        #expect(
            Wording(language: "en").problem(.status(code: 405)).hasPrefix(
                "This page cannot be asked for like this (HTTP 405)"))
    }

    @Test("The low scores on the list and the case page name what was scored in the reader's language")
    func lowScores() async throws {
        let fixture = try ServerFixture()
        let export = """
            response_id,submitted_at,training,training_date,trainer,client,respondent_name,respondent_email,\
            score_training,score_day,score_facilities,score_trainer,comment
            R-1,2026-11-25T14:00:00,Projectmatig werken,2026-11-25,Eva Bos,Acme BV,Ada Acme,ada@acme.example,8,5,4.5,8,Koud

            """
        try await fixture.application().test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.login("lea") == 303)
            try await browser.get("/imports")
            #expect(try await browser.upload("/imports", file: "acme.csv", bytes: Array(export.utf8)).status == 200)
            let list = try await browser.get("/").body
            #expect(list.contains("dag 5, faciliteiten 4.5"))
            #expect(!list.contains("facilities"))
            let page = "/cases/\(fixture.tessCase + 1)"  // the import's case, after the fixture's three
            let sheet = try await browser.get(page).body
            #expect(sheet.contains("dag 5, faciliteiten 4.5"))
            #expect(sheet.contains("lage score: dag 5, faciliteiten 4.5 (acme.csv regel 2)"), "the import's note")
            #expect(try await browser.post("/settings/language", [("language", "en")]).status == 303)
            #expect(try await browser.get("/").body.contains("day 5, facilities 4.5"))
            #expect(try await browser.get(page).body.contains("day 5, facilities 4.5"))
        }
    }

    @Test(
        "Every page every role may see is Dutch for a Dutch user and English for an English one, naming no CLI command",
        arguments: ["lea", "mark", "tess", "audrey"])
    func crawl(login: String) async throws {
        let fixture = try ServerFixture()
        let cases = try Self.everyStanding(fixture)
        try await fixture.application().test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.login(login) == 303)
            let dutch = try await Self.crawl(&browser, cases: cases + [fixture.markCase, fixture.tessCase])
            #expect(dutch.count >= 6, "pages crawled: \(dutch.keys.sorted())")
            for (path, body) in dutch {
                for phrase in Self.cliPhrases {
                    #expect(!Self.text(body).contains(phrase), "\(login) \(path) holds \(phrase)")
                }
                for phrase in Self.englishWords {
                    #expect(!Self.text(body).contains(phrase), "\(login) \(path) holds \(phrase)")
                }
            }
            #expect(try await browser.post("/settings/language", [("language", "en")]).status == 303)
            let english = try await Self.crawl(&browser, cases: cases + [fixture.markCase, fixture.tessCase])
            #expect(Set(english.keys) == Set(dutch.keys))
            for (path, body) in english {
                for phrase in Self.cliPhrases {
                    #expect(!Self.text(body).contains(phrase), "\(login) \(path) holds \(phrase)")
                }
                for phrase in Self.dutchWords {
                    #expect(!Self.text(body).contains(phrase), "\(login) \(path) holds \(phrase)")
                }
            }
            // A role that works cases sees the to-dos of every standing, in its language.
            guard login != "audrey" else { return }
            let allDutch = dutch.values.map { Self.text($0) }.joined(separator: "\n")
            let allEnglish = english.values.map { Self.text($0) }.joined(separator: "\n")
            for word in Self.dutchWords { #expect(allDutch.contains(word), "\(login): no \(word) in Dutch") }
            for word in Self.englishWords where !["Nothing was", "is not possible"].contains(word) {
                #expect(allEnglish.contains(word), "\(login): no \(word) in English")
            }
        }
    }

    @Test("Dutch to-do lines and lateness read naturally: 1 werkdag, 2 werkdagen te laat; the step is the form's")
    func dutchLines() async throws {
        let fixture = try ServerFixture()
        let overdue = try Self.register(fixture, on: "2026-11-20", [])
        // Friday before King's Day (Monday 27 April 2026): contact due Wednesday the 29th.
        let kingsDay = try Self.register(fixture, on: "2026-04-24", [])
        try await fixture.application().test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.login("mark") == 303)
            let list = try await browser.get("/")
            // Registered Friday 20 November: contact was due Tuesday the 24th; Wednesday and
            // Thursday have passed since.
            #expect(
                list.body.contains(
                    "<strong class=\"late\">2 werkdagen te laat</strong> · Bel de klant nu: het contact moest "
                        + "uiterlijk 2026-11-24 zijn, daarna ‘Leg het contact vast’"))
            #expect(list.body.contains("<strong class=\"late\">1 werkdag te laat</strong>"))
            let page = try await browser.get("/cases/\(overdue)")
            #expect(
                page.body.contains(
                    "<td>contact (R9)</td><td>2026-11-24</td><td>open en 2 werkdagen te laat</td><td>geregistreerd "
                        + "vrijdag 2026-11-20; geteld: maandag 2026-11-23, dinsdag 2026-11-24; overgeslagen: zaterdag "
                        + "2026-11-21 (weekend), zondag 2026-11-22 (weekend); uiterlijk eind dinsdag 2026-11-24 (R9)</td>"
                ))
            #expect(page.body.contains("<td>2026-11-20</td><td>geregistreerd</td>"))
            #expect(page.body.contains("<h3>Leg het contact vast</h3>"))
            let holiday = try await browser.get("/cases/\(kingsDay)")
            #expect(
                holiday.body.contains(
                    "overgeslagen: zaterdag 2026-04-25 (weekend), zondag 2026-04-26 (weekend), maandag 2026-04-27 "
                        + "(Koningsdag); uiterlijk eind woensdag 2026-04-29 (R9)"))
        }
    }

    @Test("An English user's refused step and form error are English and name the page's forms")
    func englishRefusal() async throws {
        let fixture = try ServerFixture()
        try fixture.store.setLanguage(login: "lea", to: "en")
        try await fixture.application().test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.login("lea") == 303)
            try await browser.get("/cases/\(fixture.olgaCase)")
            let refused = try await browser.post(
                "/cases/\(fixture.olgaCase)/ruling", [("ruling", "upheld"), ("text", "x")])
            #expect(refused.status == 409)
            #expect(
                refused.body.contains(
                    "‘Record the ruling’ is not possible now: the case was registered on 2026-11-23, not yet contacted. "
                        + "The steps possible now are under ‘Steps’. Nothing was changed."))
            let bad = try await browser.post("/cases/\(fixture.olgaCase)/contact", [("on", "2026-13-01")])
            #expect(bad.status == 400)
            #expect(
                bad.body.contains(
                    "On: ‘2026-13-01’ is not a date: \(LocalDate.whyNotADate("2026-13-01")). Nothing was changed."))
            let empty = try await browser.post("/cases/\(fixture.olgaCase)/note", [("text", " ")])
            #expect(empty.status == 400)
            #expect(empty.body.contains("‘Note’ is empty; say in a few words what happened. Nothing was changed."))
            #expect(try fixture.store.history(of: fixture.olgaCase).count == 1)
            let done = try await browser.post("/cases/\(fixture.olgaCase)/contact", [("on", "2026-11-24")])
            #expect(done.status == 303)
            #expect(
                try await browser.get("/cases/\(fixture.olgaCase)").body.contains(
                    "Recorded: client contacted on 2026-11-24."))
        }
    }

    @Test("/reports and /register show the report inside the site's page, with its navigation, in the reader's language, still escaped")
    func reportsInLayout() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.login("lea") == 303)
            let report = try await browser.get("/reports?quarter=2026-Q4")
            #expect(report.status == 200)
            #expect(report.body.contains("<nav>"))
            #expect(report.body.contains("<a href=\"/settings\">Instellingen</a>"))
            #expect(report.body.contains("action=\"/logout\""))
            #expect(report.body.contains("<div class=\"document\"><h1>Kwaliteitsrapport 2026-Q4</h1>"))
            for dutch in ["Samenvatting", "Klachtafhandeling", "gemiddelde score, faciliteiten", "Toelichting"] {
                #expect(report.body.contains(dutch), "\(dutch)")
            }
            for english in ["Summary", "Complaint handling", "average score", "responses with a low score", "Notes"] {
                #expect(!report.body.contains(english), "\(english)")
            }
            #expect(report.body.contains("<option selected>2026-Q4</option>"))
            #expect(report.body.components(separatedBy: "<html").count == 2, "one page, not a page in a page")
            let extract = try await browser.get("/register?from=2026-01-01&to=2026-11-26&personal=yes")
            #expect(extract.status == 200)
            #expect(extract.body.contains("<a href=\"/register\">Registeruittreksel</a>"))
            #expect(
                extract.body.contains(
                    "<div class=\"document\"><h1>Klachtenregister <span class=\"date\">2026-01-01</span>"
                ))
            for dutch in ["<th>zaak</th>", "<th>klant tevreden</th>", "Bevat persoonsgegevens"] {
                #expect(extract.body.contains(dutch), "\(dutch)")
            }
            for english in ["<th>case</th>", "client satisfied", "Contains personal data"] {
                #expect(!extract.body.contains(english), "\(english)")
            }
            #expect(extract.body.contains("Te veel theorie &lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!extract.body.contains("<script"))
            #expect(extract.body.contains("name=\"personal\" value=\"yes\" checked"))
            // An English reader gets the CLI's words.
            #expect(try await browser.post("/settings/language", [("language", "en")]).status == 303)
            #expect(try await browser.get("/reports?quarter=2026-Q4").body.contains("<h1>Quality report 2026-Q4</h1>"))
            #expect(try await browser.get("/register?from=2026-01-01&to=2026-11-26").body.contains("<th>case</th>"))
        }
    }

    // MARK: The register and the crawl

    /// Cases of Acme BV (Mark Manager's client), registered by Tess Team, in every standing the
    /// lifecycle has on 2026-11-26, beside the demo's imports.
    static func everyStanding(_ fixture: ServerFixture) throws -> [Int64] {
        let settings = Settings()
        for folder in ["exports", "history"] {
            let urls = try FileManager.default.contentsOfDirectory(
                at: Repository.fixtures.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            for url in urls.sorted(by: { $0.path < $1.path }) where url.pathExtension == "csv" {
                _ = try fixture.store.importEvaluations(
                    from: url, name: url.lastPathComponent,
                    settings: settings.importSettings(today: ServerFixture.today))
            }
        }
        let cause = settings.causes.first ?? "other"
        func day(_ text: String) -> LocalDate { LocalDate(text) ?? ServerFixture.today }
        func close(_ on: String, sent: Bool, outcome: CaseOutcome = .resolved) -> CaseStep {
            .close(
                on: day(on), outcome: outcome, resolution: "Opgelost", cause: cause, satisfied: .yes, emailOwed: true,
                emailSentOn: sent ? day(on) : nil)
        }
        let standings: [(String, [CaseStep])] = [
            ("2026-11-24", []),  // contact due today
            ("2026-11-26", []),  // contact due later
            ("2026-11-20", [.contact(on: day("2026-11-23"), note: nil)]),  // resolution due later
            ("2026-10-30", [.contact(on: day("2026-11-02"), note: nil)]),  // resolution due tomorrow
            ("2026-10-29", [.contact(on: day("2026-11-02"), note: nil)]),  // resolution due today
            ("2026-10-20", [.contact(on: day("2026-10-21"), note: nil)]),  // resolution overdue
            (
                "2026-10-10",  // the promised answer is late
                [
                    .contact(on: day("2026-10-13"), note: nil),
                    .extend(reason: "Trainer ziek", expected: day("2026-11-20"), toldOn: day("2026-11-05")),
                ]
            ),
            (
                "2026-10-21",  // answer promised later
                [
                    .contact(on: day("2026-10-22"), note: nil),
                    .extend(reason: "Navraag", expected: day("2026-12-10"), toldOn: day("2026-11-10")),
                ]
            ),
            (
                "2026-10-01",  // extended too late: a breach of R11
                [.extend(reason: "Vergeten", expected: day("2026-12-01"), toldOn: day("2026-11-02"))]
            ),
            ("2026-11-02", [.contact(on: day("2026-11-03"), note: nil), close("2026-11-20", sent: false)]),
            ("2026-11-02", [.contact(on: day("2026-11-03"), note: nil), close("2026-11-20", sent: true)]),
            ("2026-11-02", [close("2026-11-05", sent: true, outcome: .unfounded)]),
            (
                "2026-10-01",  // appealed
                [close("2026-10-10", sent: true), .appeal(on: day("2026-11-15"), thirdParty: "Geschillencommissie")]
            ),
            (
                "2026-10-01",  // upheld, consequences outstanding
                [
                    close("2026-10-10", sent: true), .appeal(on: day("2026-11-01"), thirdParty: nil),
                    .ruling(.upheld, on: day("2026-11-20"), text: "Gegrond"),
                ]
            ),
            (
                "2026-10-01",  // rejected
                [
                    close("2026-10-10", sent: true), .appeal(on: day("2026-11-01"), thirdParty: nil),
                    .ruling(.rejected, on: day("2026-11-20"), text: "Ongegrond"),
                ]
            ),
        ]
        return try standings.map { try register(fixture, on: $0.0, $0.1) }
    }

    /// A case of Acme BV registered by Tess Team on `day`, then `steps`.
    static func register(_ fixture: ServerFixture, on day: String, _ steps: [CaseStep]) throws -> Int64 {
        let settings = Settings()
        let newCase = NewCase(
            source: .email, client: "Acme BV", contactName: "Cor Client", contactEmail: "cor@client.example",
            training: "Projectmatig werken", trainer: "Eva Bos", summary: "Te weinig oefeningen",
            registeredOn: LocalDate(day) ?? ServerFixture.today, calendar: settings.calendar)
        let lifecycle = CaseLifecycle(
            today: ServerFixture.today, causes: settings.causes, calendar: settings.calendar, actor: "Tess Team")
        return try fixture.store.register(newCase, steps: steps, lifecycle: lifecycle, defaultManager: nil).0.id
    }

    /// Every page the signed-in user may see, by path: the list's pages, the cases on it and
    /// `cases` (those answering 200), and the other pages of the navigation with a report each.
    static func crawl(_ browser: inout Browser, cases: [Int64]) async throws -> [String: String] {
        var pages: [String: String] = [:]
        var paths = [
            "/", "/cases/new", "/reports", "/reports?quarter=2026-Q4", "/reports?quarter=2026-Q3",
            "/register", "/register?from=2026-01-01&to=2026-11-26", "/imports", "/settings",
        ]
        paths += cases.map { "/cases/\($0)" }
        var index = 0
        while index < paths.count {
            let path = paths[index]
            index += 1
            let page = try await browser.get(path)
            guard page.status == 200 else { continue }
            pages[path] = page.body
            for match in page.body.matches(of: /href="(\/(?:cases\/\d+|\?page=\d+))"/) {
                let link = String(match.output.1)
                if !paths.contains(link) { paths.append(link) }
            }
        }
        return pages
    }

    /// The page's text as a reader sees it: the markup's tags dropped, entities as they are.
    static func text(_ body: String) -> String {
        body.replacing(/<[^>]*>/, with: " ")
    }
}
