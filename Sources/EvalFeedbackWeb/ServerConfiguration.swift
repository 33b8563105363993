public import EvalFeedbackCore
public import Foundation
public import Logging

/// Everything the server needs to know before it starts: which register, which day, which
/// settings, where to listen, and the clock sessions and lockouts run on.
public struct ServerConfiguration: Sendable {
    /// The register's file, shared with the CLI and the nightly job.
    public var databasePath: String
    /// The config file's settings (calendar, causes, default manager, `server:`).
    public var settings: Settings
    /// The day steps are recorded on: the CLI's `--as-of`, else today in the Netherlands.
    public var today: @Sendable () -> LocalDate
    /// Now, for idle expiry and the sign-in lockout; tests move it by hand.
    public var now: @Sendable () -> Date
    /// The address to listen on.
    public var host: String
    /// The port to listen on.
    public var port: Int
    /// bcrypt's cost for new passwords (tests use the least, 4).
    public var bcryptCost: UInt8
    /// Where the access log goes.
    public var logger: Logger

    /// A configuration listening on `host:port`.
    public init(
        databasePath: String, settings: Settings, today: @escaping @Sendable () -> LocalDate,
        now: @escaping @Sendable () -> Date = { Date() }, host: String = "127.0.0.1", port: Int = 8080,
        bcryptCost: UInt8 = PasswordHasher.defaultCost, logger: Logger = Logger(label: "evalfeedback-server")
    ) {
        self.databasePath = databasePath
        self.settings = settings
        self.today = today
        self.now = now
        self.host = host
        self.port = port
        self.bcryptCost = bcryptCost
        self.logger = logger
    }
}
