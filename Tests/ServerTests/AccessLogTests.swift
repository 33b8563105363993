import EvalFeedbackCore
import EvalFeedbackWeb
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Synchronization
import Testing

/// Hands every line logged to a store, for the test to read.
struct RecordingLogHandler: LogHandler {
    let store: LineStore
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .info

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        store.append("\(event.message)")
    }
}

/// The lines logged.
final class LineStore: Sendable {
    private let lines = Mutex<[String]>([])
    func append(_ line: String) { lines.withLock { $0.append(line) } }
    var all: [String] { lines.withLock { $0 } }
}

@Suite("The access log")
struct AccessLogTests {
    @Test("A day's requests leave method, path, status and time in the log, and nothing personal")
    func nothingPersonal() async throws {
        let fixture = try ServerFixture()
        let store = LineStore()
        let logger = Logger(label: "test") { _ in RecordingLogHandler(store: store) }
        let clock = fixture.clock
        let configuration = ServerConfiguration(
            databasePath: fixture.folder.appendingPathComponent("register.sqlite").path, settings: Settings(),
            today: { ServerFixture.today }, now: { clock.now }, bcryptCost: 4, logger: logger)
        let router = try await buildRouter(configuration, store: fixture.store)
        try await Application(router: router).test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.login("mark") == 303)
            try await browser.get("/cases/\(fixture.markCase)")
            try await browser.post("/cases/\(fixture.markCase)/note", [("text", "Cor Client belde terug")])
            try await browser.get("/register?from=2026-01-01&to=2026-12-31")
            try await browser.get("/settings")
            try await browser.post("/settings/calendar")
            let settings = try await browser.get("/settings")
            let token = try #require(settings.body.firstMatch(of: /calendar\/([0-9a-f]{64})\.ics/)?.output.1)
            try await browser.get("/calendar/\(token).ics")
            try await browser.get("/cases/cor@client.example")
        }
        let lines = store.all.filter { $0.hasPrefix("GET ") || $0.hasPrefix("POST ") }
        #expect(lines.contains { $0.hasPrefix("GET /cases/\(fixture.markCase) 200 ") })
        #expect(lines.contains { $0.hasPrefix("GET /calendar/* 200 ") })
        #expect(lines.contains { $0.hasPrefix("GET /cases/* 404 ") })
        for line in lines {
            #expect(line.wholeMatch(of: /(GET|POST) [a-z0-9\/\.\*-]+ \d{3} \d+ ms/) != nil, "\(line)")
            for secret in ["mark", "Mark", "Cor", "cor@", "client.example", "2026-01-01", "evalfeedback_session"] {
                #expect(!line.contains(secret), "\(line)")
            }
        }
    }
}
