import EvalFeedbackCore
import Foundation

/// What every route and middleware shares: the register, the pages, the lockout, the settings.
struct WebServices: Sendable {
    let register: Register
    let pages: PageRenderer
    let throttle: LoginThrottle
    let configuration: ServerConfiguration
    let hasher: PasswordHasher
    /// The list and case pages made for the register's last committed state.
    let pageCache = PageCache()
    /// The signed-in users as of the register's last commit.
    let knownUsers = KnownUsers()

    var settings: Settings { configuration.settings }

    /// The lifecycle for a step `user` records today: the history names them (R13).
    func lifecycle(for user: WebUser) -> CaseLifecycle {
        CaseLifecycle(
            today: configuration.today(), causes: settings.causes, calendar: settings.calendar, actor: user.name)
    }
}
