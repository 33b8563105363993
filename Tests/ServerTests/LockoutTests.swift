import Foundation
import EvalFeedbackCore
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Lockout: five wrong passwords lock a login, and an address, for 15 minutes")
struct LockoutTests {
    @Test("The sixth try on a login, even with the right password, waits out the 15 minutes")
    func perLogin() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            var browser = Browser(client)
            for _ in 1...5 { #expect(try await browser.login("mark", password: "not the password") == 401) }
            try await browser.get("/login")
            let locked = try await browser.post("/login", [("login", "mark"), ("password", ServerFixture.password)])
            #expect(locked.status == 429)
            #expect(
                locked.body.contains(
                    "Te vaak een verkeerd wachtwoord voor deze gebruikersnaam of vanaf dit adres: aanmelden is nog "
                        + "15 minuten geblokkeerd."))
            // Another login from another address is not locked.
            var other = Browser(client)
            other.forwardedFor = "192.0.2.7"
            #expect(try await other.login("lea") == 303)
            fixture.clock.advance(minutes: 14)
            #expect(try await browser.login("mark") == 429)
            fixture.clock.advance(minutes: 1.5)
            #expect(try await browser.login("mark") == 303)
        }
    }

    @Test("Five wrong passwords from one address, on five logins, lock that address for every login")
    func perAddress() async throws {
        let fixture = try ServerFixture()
        let settings = ServerFixture.settings { $0.server.trustedProxy = true }
        try await fixture.application(settings: settings).test(.router) { client in
            var attacker = Browser(client)
            attacker.forwardedFor = "203.0.113.9"
            for login in ["lea", "mark", "olga", "tess", "audrey"] {
                let status = try await attacker.login(login, password: "guess guess guess")
                #expect(status == 401)
            }
            let locked = try await attacker.login("mark")
            #expect(locked == 429)
            var colleague = Browser(client)
            colleague.forwardedFor = "198.51.100.4"
            let other = try await colleague.login("mark")
            #expect(other == 303)
        }
    }

    @Test("A right password clears its login's count")
    func successClears() async throws {
        let fixture = try ServerFixture()
        try await fixture.application().test(.router) { client in
            var browser = Browser(client)
            browser.forwardedFor = nil
            for _ in 1...4 { #expect(try await browser.login("tess", password: "not the password") == 401) }
            #expect(try await browser.login("tess") == 303)
            try await browser.post("/logout")
            var fresh = Browser(client)
            fresh.forwardedFor = nil
            #expect(try await fresh.login("tess", password: "not the password") == 401)
            #expect(try await fresh.login("tess") == 303)
        }
    }
}
