import HTTPTypes
import Foundation
import EvalFeedbackCore
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Case pages and steps")
struct CaseStepTests {
    @Test("R13: a contact recorded in the browser is in the history with the signed-in user's name")
    func contact() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.login("mark") == 303)
            let page = try await browser.get("/cases/\(fixture.markCase)")
            #expect(page.body.contains("action=\"/cases/\(fixture.markCase)/contact\""))
            let answer = try await browser.post(
                "/cases/\(fixture.markCase)/contact", [("on", "2026-11-24"), ("note", "Belafspraak gemaakt")])
            #expect(answer.status == 303)
            #expect(answer.headers[.location] == "/cases/\(fixture.markCase)")
            let after = try await browser.get("/cases/\(fixture.markCase)")
            #expect(after.body.contains("Vastgelegd: contact met de klant op 2026-11-24."))
            #expect(after.body.contains("<td>contact (R9)</td><td>2026-11-25</td><td>gehaald op 2026-11-24</td>"))
            let history = try fixture.store.history(of: fixture.markCase)
            #expect(
                history.last
                    == CaseEvent(
                        on: try #require(LocalDate("2026-11-24")), kind: .contacted, actor: "Mark Manager",
                        note: "Belafspraak gemaakt"))
            // A contacted case has no contact form any more (R12).
            #expect(!after.body.contains("action=\"/cases/\(fixture.markCase)/contact\""))
            #expect(after.body.contains("action=\"/cases/\(fixture.markCase)/extend\""))
        }
    }

    @Test("R12: a refused step says why in the user's language with 409, names no CLI command, and changes nothing")
    func refused() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.login("lea") == 303)
            try await browser.get("/cases/\(fixture.olgaCase)")
            let answer = try await browser.post(
                "/cases/\(fixture.olgaCase)/ruling", [("ruling", "upheld"), ("text", "x")])
            #expect(answer.status == 409)
            #expect(
                answer.body.contains(
                    "‘Leg de uitspraak vast’ kan nu niet: de zaak is geregistreerd op 2026-11-23, nog geen contact. "
                        + "De stappen die nu wel kunnen, staan onder ‘Stappen’. Er is niets gewijzigd."))
            #expect(!answer.body.contains("evalfeedback "))
            #expect(try fixture.store.history(of: fixture.olgaCase).count == 1)
        }
    }

    @Test("A wrong date is a 400 naming the field; a date in the future is the lifecycle's refusal")
    func badDates() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.login("mark") == 303)
            try await browser.get("/cases/\(fixture.markCase)")
            let bad = try await browser.post("/cases/\(fixture.markCase)/contact", [("on", "2026-13-01")])
            #expect(bad.status == 400)
            #expect(
                bad.body.contains(
                    "Op: ‘2026-13-01’ is geen datum; kies een dag, of schrijf hem als jjjj-mm-dd (2026-11-24). "
                        + "Er is niets gewijzigd."))
            let future = try await browser.post("/cases/\(fixture.markCase)/contact", [("on", "2026-12-01")])
            #expect(future.status == 400)
            #expect(
                future.body.contains(
                    "‘Leg het contact vast’ op 2026-12-01 ligt na vandaag (2026-11-26); leg een stap vast als die "
                        + "gebeurd is."))
            #expect(try fixture.store.history(of: fixture.markCase).count == 1)
        }
    }

    @Test("A whole case in the browser: extend, close, appeal, ruling, consequences (R11-R14)")
    func wholeRoute() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.login("lea") == 303)
            let id = fixture.markCase
            let steps: [(String, [(String, String)])] = [
                ("contact", [("on", "2026-11-24")]),
                ("extend", [("reason", "Trainer op vakantie"), ("expected", "2026-12-30"), ("told_on", "2026-11-25")]),
                (
                    "close",
                    [
                        ("on", "2026-11-26"), ("resolution", "Extra dag"), ("cause", "trainer"),
                        ("client_satisfied", "no"), ("closing_email", "sent"),
                    ]
                ),
                ("appeal", [("on", "2026-11-26"), ("third_party", "Geschillencommissie")]),
                ("ruling", [("ruling", "upheld"), ("on", "2026-11-26"), ("text", "Vergoeding")]),
                ("consequences-done", [("on", "2026-11-26")]),
            ]
            for (step, fields) in steps {
                try await browser.get("/cases/\(id)")
                let answer = try await browser.post("/cases/\(id)/\(step)", fields)
                #expect(answer.status == 303, "\(step): \(answer.body)")
            }
            let kinds = try fixture.store.history(of: id).map(\.kind)
            #expect(kinds == [.registered, .contacted, .extended, .closed, .appealed, .ruled, .consequencesDone])
            #expect(try fixture.store.history(of: id).dropFirst().allSatisfy { $0.actor == "Lea Lead" })
            // The notes the steps wrote, in the lead's Dutch; the register keeps the CLI's words.
            let page = try await browser.get("/cases/\(id)").body
            for dutch in [
                "Trainer op vakantie; antwoord verwacht op 2026-12-30", "opgelost, oorzaak trainer, klant tevreden: nee: Extra dag",
                "bij Geschillencommissie",
            ] {
                #expect(page.contains(dutch), "\(dutch)")
            }
            for english in ["answer expected", "client satisfied", "third party", "resolved, cause"] {
                #expect(!page.contains(english), "\(english)")
            }
        }
    }

    @Test("The lead assigns an unassigned case; the manager then sees it")
    func assign() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            var lead = Browser(client)
            #expect(try await lead.login("lea") == 303)
            try await lead.get("/cases/\(fixture.tessCase)")
            let typo = try await lead.post("/cases/\(fixture.tessCase)/assign", [("manager", "Mark Manger")])
            #expect(typo.status == 400)
            #expect(
                typo.body.contains(
                    "Er is geen accountmanager ‘Mark Manger’ (bekend: Mark Manager, Olga Other). Controleer de "
                        + "spelling, of vink ‘Nieuwe accountmanager (geen typefout)’ aan als ‘Mark Manger’ een nieuwe "
                        + "accountmanager is. Er is niets gewijzigd."))
            #expect(
                try await lead.post("/cases/\(fixture.tessCase)/assign", [("manager", "Mark Manager")]).status == 303)
            var manager = Browser(client)
            #expect(try await manager.login("mark") == 303)
            #expect(try await manager.get("/cases/\(fixture.tessCase)").status == 200)
        }
    }

    @Test("R7: a team member registers a complaint and sees it, with the deadlines, in their list")
    func register() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.login("tess") == 303)
            try await browser.get("/cases/new")
            let answer = try await browser.post(
                "/cases/new",
                [
                    ("source", "oral"), ("client", "Gamma"), ("contact", "Gea Gamma"), ("email", "gea@gamma.example"),
                    ("summary", "Koffie was koud"), ("on", "2026-11-26"),
                ])
            #expect(answer.status == 303)
            let location = try #require(answer.headers[.location])
            let page = try await browser.get(location)
            #expect(
                page.body.contains(
                    "geregistreerd op 2026-11-26 (mondeling), niet toegewezen: de teamleider wijst de zaak toe; contact "
                        + "uiterlijk 2026-11-30"))
            let list = try await browser.get("/")
            #expect(list.body.contains("Koffie was koud"))
            #expect(list.body.contains("href=\"mailto:gea@gamma.example\""))
            let missing = try await browser.post(
                "/cases/new", [("source", "oral"), ("client", "Gamma"), ("contact", ""), ("summary", "x")])
            #expect(missing.status == 400)
            #expect(
                missing.body.contains(
                    "Vul ‘Contactpersoon’ in: een klacht noemt de klant, wie klaagde en wat. Er is niets geregistreerd."
                ))
        }
    }

    @Test("Every value is escaped, and every answer has the security headers")
    func escapingAndHeaders() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.login("lea") == 303)
            let page = try await browser.get("/cases/\(fixture.markCase)")
            #expect(!page.body.contains("<script>"))
            #expect(page.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            for path in [
                "/", "/cases/\(fixture.markCase)", "/nothing-here", "/login", "/healthz", "/reports?quarter=2026-Q4",
            ] {
                let response = try await browser.get(path)
                let policy = try #require(response.headers[.contentSecurityPolicy], "\(path)")
                #expect(policy.contains("frame-ancestors 'none'"))
                #expect(policy.contains("default-src 'none'"))
                #expect(!policy.contains("script-src"))
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
                #expect(HTTPField.Name("Referrer-Policy").flatMap { response.headers[$0] } == "no-referrer")
            }
            #expect(!page.body.contains("<script"))
        }
    }

    @Test("English per user: the settings' language changes the pages")
    func language() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.login("mark") == 303)
            let dutch = try await browser.get("/")
            #expect(dutch.body.contains("Mijn zaken"))
            // Cases 2 and 3 are one working day late: one day is singular in both languages.
            #expect(dutch.body.contains("1 werkdag te laat"))
            #expect(!dutch.body.contains("1 werkdagen"))
            try await browser.get("/settings")
            #expect(try await browser.post("/settings/language", [("language", "en")]).status == 303)
            let english = try await browser.get("/")
            #expect(english.body.contains("My cases"))
            #expect(english.body.contains("<html lang=\"en\">"))
            #expect(english.body.contains("1 working day late"))
            #expect(!english.body.contains("1 working days"))
        }
    }

    @Test("The list comes a hundred cases at a time, most urgent first, with links to the other pages")
    func paging() async throws {
        let fixture = try ServerFixture()
        let settings = Settings()
        for number in 1...120 {
            let newCase = NewCase(
                source: .email, client: "Acme BV", contactName: "Klant \(number)", contactEmail: nil, training: nil,
                trainer: nil, summary: "Klacht nummer \(number)", registeredOn: ServerFixture.today,
                calendar: settings.calendar)
            let lifecycle = CaseLifecycle(
                today: ServerFixture.today, causes: settings.causes, calendar: settings.calendar, actor: "Lea Lead")
            _ = try fixture.store.register(newCase, lifecycle: lifecycle, defaultManager: nil)
        }
        try await fixture.application().test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.login("mark") == 303)
            let first = try await browser.get("/")
            #expect(first.body.components(separatedBy: "<li class=\"case").count - 1 == 100)
            #expect(first.body.contains("1–100 van 121"))
            #expect(first.body.contains("href=\"/?page=2\""))
            // The most urgent first: the case registered three days ago, contact due yesterday.
            #expect(first.body.contains("Zaak \(fixture.markCase)</a>"))
            let second = try await browser.get("/?page=2")
            #expect(second.body.components(separatedBy: "<li class=\"case").count - 1 == 21)
            #expect(second.body.contains("101–121 van 121"))
            #expect(second.body.contains("href=\"/?page=1\""))
            #expect(!second.body.contains("Zaak \(fixture.markCase)</a>"))
            #expect(try await browser.get("/?page=99").body.contains("101–121 van 121"))
        }
    }

    @Test("/healthz answers ok without a session")
    func health() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            let response = try await client.execute(uri: "/healthz", method: .get)
            #expect(response.status == .ok)
            #expect(String(buffer: response.body) == "ok\n")
        }
    }
}
