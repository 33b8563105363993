public import EvalFeedbackCore
public import Hummingbird
import HummingbirdAuth
import Logging

/// The server: its middleware and routes over the register at `configuration.databasePath`.
///
/// Middleware runs in this order on every request: the access log (no personal data), the
/// security headers, the session (HummingbirdAuth, in memory), who is signed in, the form
/// guard (Origin, token, size), and the error pages. Routes come after, so that a path nobody
/// serves gets the same headers and the same 404 as a case that is not yours.
public func buildApplication(_ configuration: ServerConfiguration) async throws -> some ApplicationProtocol {
    let store = try AppDatabase.open(at: configuration.databasePath, readers: Register.lanes)
    // Sessions live in memory: a restart signs everyone out. The driver's service drops
    // expired sessions every so often.
    let sessions = MemoryPersistDriver()
    let router = try await buildRouter(configuration, store: store, sessions: sessions)
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
        services: [sessions], logger: configuration.logger)
}

/// The router alone, for tests that run requests in-process.
public func buildRouter(
    _ configuration: ServerConfiguration, store: AppDatabase, sessions: any PersistDriver = MemoryPersistDriver()
) async throws -> Router<WebContext> {
    let services = WebServices(
        register: Register(store: store), pages: try await PageRenderer(), throttle: LoginThrottle(),
        configuration: configuration, hasher: PasswordHasher(cost: configuration.bcryptCost))
    let router = Router(context: WebContext.self)
    router.add(middleware: AccessLogMiddleware(logger: configuration.logger))
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(
        middleware: SessionMiddleware(
            storage: sessions,
            configuration: .init(
                sessionCookieParameters: .init(
                    name: "evalfeedback_session", path: "/", secure: configuration.settings.server.behindTLS,
                    sameSite: .strict),
                defaultSessionExpiration: .seconds(configuration.settings.server.idleMinutes * 60))))
    router.add(middleware: SignInMiddleware(services: services))
    router.add(middleware: FormGuardMiddleware(services: services))
    router.add(middleware: ErrorPageMiddleware(services: services))
    FeedRoutes(services: services).add(to: router)
    LoginRoutes(services: services).add(to: router)
    NewCaseRoutes(services: services).add(to: router)
    CaseRoutes(services: services).add(to: router)
    ReportRoutes(services: services).add(to: router)
    ImportRoutes(services: services).add(to: router)
    SettingsRoutes(services: services).add(to: router)
    return router
}
