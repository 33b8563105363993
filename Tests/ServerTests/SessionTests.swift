import Foundation
import EvalFeedbackCore
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Sessions: sign-in, cookies, idle expiry, sign-out")
struct SessionTests {
    @Test("A right password signs in with a new HttpOnly, SameSite=Strict cookie; a page without one goes to /login")
    func signIn() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            var browser = Browser(client)
            let anonymous = try await browser.get("/")
            #expect(anonymous.status == 303)
            #expect(anonymous.headers[.location] == "/login")
            let page = try await browser.get("/login")
            let before = browser.cookie
            #expect(page.status == 200)
            let signIn = try await browser.post("/login", [("login", "mark"), ("password", ServerFixture.password)])
            #expect(signIn.status == 303)
            #expect(signIn.headers[.location] == "/")
            // A new session id at sign-in: the one handed out before is not the signed-in one.
            #expect(browser.cookie != before)
            let cookie = try #require(signIn.headers[values: .setCookie].last)
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            #expect(!cookie.contains("Secure"))
            let list = try await browser.get("/")
            #expect(list.status == 200)
            #expect(list.body.contains("Mark Manager"))
        }
    }

    @Test("Behind TLS (server.behind_tls) the cookie is Secure")
    func secureCookie() async throws {
        let fixture = try ServerFixture()
        let settings = ServerFixture.settings { $0.server.behindTLS = true }
        try await fixture.application(settings: settings).test(.router) { client in
            var browser = Browser(client)
            browser.origin = "https://localhost"
            #expect(try await browser.login("mark") == 303)
            let response = try await browser.get("/")
            #expect(response.headers[values: .setCookie].allSatisfy { $0.contains("; Secure") })
            #expect(!response.headers[values: .setCookie].isEmpty)
        }
    }

    @Test("A wrong password, an unknown login and a disabled user are refused alike")
    func wrongPassword() async throws {
        let fixture = try ServerFixture()
        try fixture.store.disableUser(login: "olga", on: ServerFixture.today)
        try await fixture.application().test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.login("mark", password: "wrong password!") == 401)
            #expect(try await browser.login("nobody") == 401)
            let disabled = try await browser.get("/login")
            #expect(disabled.status == 200)
            let answer = try await browser.post("/login", [("login", "olga"), ("password", ServerFixture.password)])
            #expect(answer.status == 401)
            #expect(
                answer.body.contains(
                    "Gebruikersnaam of wachtwoord klopt niet; controleer beide en probeer het opnieuw."))
        }
    }

    @Test("Sign-out ends the session on the server: the old cookie no longer signs anyone in")
    func signOut() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.login("lea") == 303)
            try await browser.get("/")
            let stolen = browser.cookie
            let out = try await browser.post("/logout")
            #expect(out.status == 303)
            #expect(out.headers[.location] == "/login")
            var thief = Browser(client)
            thief.cookie = stolen
            let page = try await thief.get("/")
            #expect(page.status == 303)
            #expect(page.headers[.location] == "/login")
        }
    }

    @Test("A session idle for longer than server.idle_minutes ends; each request moves the expiry on")
    func idleExpiry() async throws {
        let fixture = try ServerFixture()
        let settings = ServerFixture.settings { $0.server.idleMinutes = 30 }
        try await fixture.application(settings: settings).test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.login("mark") == 303)
            fixture.clock.advance(minutes: 29)
            #expect(try await browser.get("/").status == 200)
            fixture.clock.advance(minutes: 29)  // 58 minutes after sign-in, 29 after the last request
            #expect(try await browser.get("/").status == 200)
            fixture.clock.advance(minutes: 31)
            let expired = try await browser.get("/")
            #expect(expired.status == 303)
            #expect(expired.headers[.location] == "/login")
        }
    }

    @Test("A user disabled while signed in is signed out at the next request")
    func disabledWhileSignedIn() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.login("mark") == 303)
            #expect(try await browser.get("/").status == 200)
            try fixture.store.disableUser(login: "mark", on: ServerFixture.today)
            #expect(try await browser.get("/").status == 303)
        }
    }
}
