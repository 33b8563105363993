import EvalFeedbackCore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import EvalFeedbackWeb

@Suite("The whole server on a socket")
struct LiveServerTests {
    @Test("buildApplication serves the register over HTTP: /healthz, the sign-in page and a sign-in")
    func live() async throws {
        let fixture = try ServerFixture()
        let clock = fixture.clock
        let configuration = ServerConfiguration(
            databasePath: fixture.folder.appendingPathComponent("register.sqlite").path, settings: Settings(),
            today: { ServerFixture.today }, now: { clock.now }, host: "127.0.0.1", port: 0, bcryptCost: 4)
        let app = try await buildApplication(configuration)
        try await app.test(.live) { client in
            let health = try await client.execute(uri: "/healthz", method: .get)
            #expect(health.status == .ok)
            var browser = Browser(client)
            browser.origin = nil
            #expect(try await browser.login("lea") == 303)
            let list = try await browser.get("/")
            #expect(list.status == 200)
            #expect(list.body.contains("Niet toegewezen zaken"))
        }
    }
}
