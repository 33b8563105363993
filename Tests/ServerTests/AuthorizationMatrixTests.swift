import Foundation
import EvalFeedbackCore
import Hummingbird
import HummingbirdTesting
import Testing

/// Every route × every role × own case or another's (R15, R16): enforced on the server for
/// every request, whatever links a page shows.
@Suite("Authorization matrix")
struct AuthorizationMatrixTests {
    enum Whose: String, CaseIterable { case own, other }

    /// The case each role owns and one it does not; an auditor owns none.
    static func caseID(_ fixture: ServerFixture, login: String, _ whose: Whose) -> Int64 {
        switch (login, whose) {
        case ("lea", .own): fixture.tessCase  // unassigned: the lead's to assign (R15)
        case ("lea", .other): fixture.olgaCase  // a lead sees every case: there is no "other"
        case ("mark", .own): fixture.markCase
        case ("mark", .other): fixture.olgaCase
        case ("tess", .own): fixture.tessCase
        case ("tess", .other): fixture.markCase
        case (_, .own): fixture.markCase
        case (_, .other): fixture.olgaCase
        }
    }

    /// What each role gets on each route: the status for its own case, then for another's.
    static let expected: [(route: String, statuses: [String: (own: Int, other: Int)])] = [
        ("GET /", ["lea": (200, 200), "mark": (200, 200), "tess": (200, 200), "audrey": (200, 200)]),
        ("GET /cases/{id}", ["lea": (200, 200), "mark": (200, 404), "tess": (200, 404), "audrey": (404, 404)]),
        ("POST /cases/{id}/note", ["lea": (303, 303), "mark": (303, 404), "tess": (303, 404), "audrey": (404, 404)]),
        ("POST /cases/{id}/assign", ["lea": (303, 303), "mark": (403, 404), "tess": (403, 404), "audrey": (404, 404)]),
        ("GET /cases/new", ["lea": (200, 200), "mark": (200, 200), "tess": (200, 200), "audrey": (403, 403)]),
        ("GET /reports", ["lea": (200, 200), "mark": (200, 200), "tess": (200, 200), "audrey": (200, 200)]),
        (
            "GET /reports?quarter=2026-Q4",
            ["lea": (200, 200), "mark": (200, 200), "tess": (200, 200), "audrey": (200, 200)]
        ),
        ("GET /register", ["lea": (200, 200), "mark": (403, 403), "tess": (403, 403), "audrey": (200, 200)]),
        (
            "GET /register?from=2026-01-01&to=2026-12-31",
            ["lea": (200, 200), "mark": (403, 403), "tess": (403, 403), "audrey": (200, 200)]
        ),
        (
            "GET /register?from=2026-01-01&to=2026-12-31&personal=yes",
            ["lea": (200, 200), "mark": (403, 403), "tess": (403, 403), "audrey": (403, 403)]
        ),
        ("GET /imports", ["lea": (200, 200), "mark": (403, 403), "tess": (403, 403), "audrey": (403, 403)]),
        ("GET /settings", ["lea": (200, 200), "mark": (200, 200), "tess": (200, 200), "audrey": (200, 200)]),
    ]

    @Test("R16: each role, each route, its own case and another's", arguments: ["lea", "mark", "tess", "audrey"])
    func matrix(login: String) async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.login(login) == 303)
            for (route, statuses) in Self.expected {
                for whose in Whose.allCases {
                    let id = Self.caseID(fixture, login: login, whose)
                    let parts = route.replacingOccurrences(of: "{id}", with: "\(id)").split(separator: " ")
                    let (method, path) = (parts[0], String(parts[1]))
                    try await browser.get("/settings")  // a fresh token
                    let status =
                        method == "GET"
                        ? try await browser.get(path).status
                        : try await browser.post(
                            path, [("text", "checked"), ("manager", "Mark Manager")]
                        ).status
                    let want = whose == .own ? statuses[login]!.own : statuses[login]!.other
                    #expect(status == want, "\(login) \(route) (\(whose)): \(status), expected \(want)")
                }
            }
        }
    }

    @Test(
        "Without a session every page leads to /login and every form is refused",
        arguments: [
            "/", "/cases/1", "/cases/new", "/reports", "/register", "/imports", "/settings",
        ])
    func anonymous(path: String) async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            var browser = Browser(client)
            let page = try await browser.get(path)
            #expect(page.status == 303)
            #expect(page.headers[.location] == "/login")
            let form = try await browser.post(path == "/cases/1" ? "/cases/1/note" : path, [("text", "x")])
            #expect(form.status == 403)
        }
    }

    @Test("A case number nobody has and another manager's case get the same answer")
    func sameNotFound() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.login("mark") == 303)
            let other = try await browser.get("/cases/\(fixture.olgaCase)")
            let missing = try await browser.get("/cases/99999")
            #expect(other.status == 404)
            #expect(missing.status == 404)
            #expect(other.body == missing.body)
        }
    }

    @Test("An auditor allowed personal data by the lead gets the extract with it")
    func auditorPersonalData() async throws {
        let fixture = try ServerFixture()
        try fixture.store.setSeesPersonalData(login: "audrey", to: true)
        try await fixture.application().test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.login("audrey") == 303)
            let extract = try await browser.get("/register?from=2026-01-01&to=2026-12-31&personal=yes")
            #expect(extract.status == 200)
            #expect(extract.body.contains("Cor Client"))
            let without = try await browser.get("/register?from=2026-01-01&to=2026-12-31")
            #expect(!without.body.contains("Cor Client"))
        }
    }
}
