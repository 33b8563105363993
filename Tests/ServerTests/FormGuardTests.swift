import HTTPTypes
import Foundation
import EvalFeedbackCore
import Hummingbird
import NIOCore
import HummingbirdTesting
import Testing

@Suite("Forms: a token in every form, checked on every POST, and the Origin")
struct FormGuardTests {
    @Test(
        "A step without the session's token, or with another's, is refused with 403 and changes nothing",
        arguments: [nil, "0000000000000000000000000000000000000000000000000000000000000000"])
    func token(_ token: String?) async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.login("mark") == 303)
            var fields = [("note", "called")]
            if let token { fields.append(("_token", token)) }
            let answer = try await browser.post("/cases/\(fixture.markCase)/contact", fields, withToken: false)
            #expect(answer.status == 403)
            #expect(
                answer.body.contains(
                    "Dit formulier is verlopen of kwam niet van deze site; laad de pagina opnieuw en verstuur het nog "
                        + "eens. Er is niets gewijzigd."))
            #expect(try fixture.store.complaintCase(fixture.markCase, defaultManager: nil).state == .registered)
        }
    }

    @Test("Every form on every page carries the token")
    func everyForm() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.login("lea") == 303)
            for path in ["/", "/cases/\(fixture.markCase)", "/cases/new", "/settings", "/imports", "/login"] {
                let page = try await browser.get(path)
                let forms = page.body.components(separatedBy: "method=\"post\"").count - 1
                let tokens =
                    page.body.components(separatedBy: "name=\"_token\" value=\"\(browser.token ?? "-")\"").count - 1
                #expect(forms == tokens, "\(path): \(forms) forms, \(tokens) tokens")
            }
        }
    }

    @Test("A POST from another site's page (Origin) is refused, with the token or without")
    func origin() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.login("mark") == 303)
            browser.origin = "https://evil.example"
            let answer = try await browser.post("/cases/\(fixture.markCase)/contact")
            #expect(answer.status == 403)
            #expect(answer.body.contains("Dit formulier werd verstuurd vanaf een andere site (https://evil.example)"))
            #expect(try fixture.store.complaintCase(fixture.markCase, defaultManager: nil).state == .registered)
        }
    }

    @Test(
        "Under no-referrer a browser sends Origin: null; then Sec-Fetch-Site decides",
        arguments: [("same-origin", 303), ("cross-site", 403), ("same-site", 403)])
    func nullOrigin(site: String, status: Int) async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.login("mark") == 303)
            try await browser.get("/cases/\(fixture.markCase)")
            browser.origin = "null"
            browser.fetchSite = site
            let answer = try await browser.post("/cases/\(fixture.markCase)/note", [("text", "called")])
            #expect(answer.status == status)
            if status == 403 {
                #expect(
                    answer.body.contains("Dit formulier werd verstuurd vanaf een andere site (Sec-Fetch-Site: \(site))")
                )
            }
            #expect(try fixture.store.history(of: fixture.markCase).count == (status == 303 ? 2 : 1))
        }
    }

    @Test("A body that is not a form is refused with 400")
    func malformed() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.login("mark") == 303)
            var headers = HTTPFields()
            headers[.cookie] = browser.cookie
            headers[.contentType] = "application/json"
            let json = try await client.execute(
                uri: "/cases/\(fixture.markCase)/note", method: .post, headers: headers,
                body: ByteBuffer(string: "{\"text\": \"x\"}"))
            #expect(json.status == .badRequest)
            #expect(
                String(buffer: json.body).contains(
                    "Het formulier kon niet worden gelezen (verstuurd als application/json)"))
        }
    }

    @Test("Only the upload form may be large: a big multipart body to any other form is refused with 413")
    func uploadElsewhere() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.login("lea") == 303)
            try await browser.get("/cases/\(fixture.markCase)")
            let answer = try await browser.upload(
                "/cases/\(fixture.markCase)/note", file: "x.csv", bytes: Array(repeating: 65, count: 100_000))
            #expect(answer.status == 413)
            #expect(
                answer.body.contains("Het formulier is groter dan 64 KiB; maak de tekst korter. Er is niets gewijzigd.")
            )
        }
    }

    @Test("A form over 64 KiB is refused with 413 before it is read")
    func tooLarge() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.login("mark") == 303)
            let answer = try await browser.post(
                "/cases/\(fixture.markCase)/note", [("text", String(repeating: "x", count: 70_000))])
            #expect(answer.status == 413)
            #expect(
                answer.body.contains("Het formulier is groter dan 64 KiB; maak de tekst korter. Er is niets gewijzigd.")
            )
            #expect(try fixture.store.history(of: fixture.markCase).count == 1)
        }
    }
}
