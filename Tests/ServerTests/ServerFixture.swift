import EvalFeedbackCore
import EvalFeedbackWeb
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Synchronization
import TestSupport

/// A clock the tests move by hand: idle expiry and the lockout are tested without waiting.
final class TestClock: Sendable {
    private let seconds = Mutex<Double>(1_800_000_000)
    var now: Date { Date(timeIntervalSince1970: seconds.withLock { $0 }) }
    func advance(minutes: Double) { seconds.withLock { $0 += minutes * 60 } }
}

/// A register with two managers' clients, five users (one per role, and a second manager),
/// and a case for each of them to own or not.
struct ServerFixture {
    static let password = "correct horse battery"
    static let today = LocalDate(year: 2026, month: 11, day: 26) ?? LocalDate(dayNumber: 0)
    let store: AppDatabase
    let clock = TestClock()
    /// Mark Manager's client's case, registered by the lead.
    let markCase: Int64
    /// Olga Other's client's case.
    let olgaCase: Int64
    /// A case of a client without an account manager, registered by Tess Team.
    let tessCase: Int64
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "evalfeedback-server-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        store = try AppDatabase.open(at: folder.appendingPathComponent("register.sqlite").path)
        let clients = folder.appendingPathComponent("clients.csv")
        try """
        client,account_manager,account_manager_email
        Acme BV,Mark Manager,mark@academie.example
        Beta BV,Olga Other,olga@academie.example

        """.write(to: clients, atomically: true, encoding: .utf8)
        _ = try store.importClients(from: clients, name: "clients.csv")
        let hash = PasswordHasher(cost: 4).hash(Self.password)
        for (login, name, role, manager) in [
            ("lea", "Lea Lead", UserRole.lead, nil), ("mark", "Mark Manager", .manager, "Mark Manager"),
            ("olga", "Olga Other", .manager, "Olga Other"), ("tess", "Tess Team", .team, nil),
            ("audrey", "Audrey Auditor", .auditor, nil),
        ] as [(String, String, UserRole, String?)] {
            try store.addUser(
                NewUser(login: login, name: name, role: role, manager: manager, passwordHash: hash), on: Self.today)
        }
        markCase = try Self.register(
            store, "Acme BV", by: "Lea Lead", summary: "Te veel theorie <script>alert(1)</script>")
        olgaCase = try Self.register(store, "Beta BV", by: "Lea Lead", summary: "Zaal te koud")
        tessCase = try Self.register(
            store, "Nobody Inc", by: "Tess Team", summary: "Verkeerde datum op het certificaat")
    }

    private static func register(_ store: AppDatabase, _ client: String, by actor: String, summary: String) throws
        -> Int64
    {
        let settings = Settings()
        let newCase = NewCase(
            source: .email, client: client, contactName: "Cor Client", contactEmail: "cor@client.example",
            training: "Projectmatig werken", trainer: "Eva Bos", summary: summary,
            registeredOn: LocalDate(year: 2026, month: 11, day: 23) ?? today, calendar: settings.calendar)
        let lifecycle = CaseLifecycle(
            today: Self.today, causes: settings.causes, calendar: settings.calendar, actor: actor)
        return try store.register(newCase, lifecycle: lifecycle, defaultManager: nil).0.id
    }

    /// The server's settings for these tests.
    static func settings(_ change: (inout Settings) -> Void = { _ in }) -> Settings {
        var settings = Settings()
        change(&settings)
        return settings
    }

    /// The application over this register, in-process.
    func application(settings: Settings = ServerFixture.settings()) async throws -> some ApplicationProtocol {
        let clock = self.clock
        let configuration = ServerConfiguration(
            databasePath: folder.appendingPathComponent("register.sqlite").path, settings: settings,
            today: { ServerFixture.today }, now: { clock.now }, bcryptCost: 4)
        let router = try await buildRouter(configuration, store: store)
        return Application(router: router)
    }

    /// The application as `buildApplication` opens the register: reads on a pool of
    /// connections of its own, pages kept while nobody commits.
    func pooledApplication() async throws -> some ApplicationProtocol {
        let path = folder.appendingPathComponent("register.sqlite").path
        let clock = self.clock
        let configuration = ServerConfiguration(
            databasePath: path, settings: ServerFixture.settings(), today: { ServerFixture.today },
            now: { clock.now }, bcryptCost: 4)
        let store = try AppDatabase.open(at: path, readers: Register.lanes)
        return Application(router: try await buildRouter(configuration, store: store))
    }
}
