import Foundation
import EvalFeedbackCore
import Hummingbird
import HummingbirdAuth

/// Finds who is signed in, on every request, from the session and the register.
///
/// A session idle for longer than the config's `server.idle_minutes` is ended on the server
/// (HummingbirdAuth removes it from its store and expires the cookie); so is the session of a
/// user disabled meanwhile. Each request moves the idle expiry on.
struct SignInMiddleware: RouterMiddleware {
    typealias Context = WebContext
    let services: WebServices

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response)
        async throws -> Response
    {
        var context = context
        if var session = context.sessions.session {
            let now = services.configuration.now().timeIntervalSince1970
            let idle = Double(services.settings.server.idleMinutes * 60)
            if now - session.lastSeen > idle {
                context.sessions.clearSession()
            } else {
                session.lastSeen = now
                if let id = session.userID {
                    // The version first: what the page then reads is at least as new.
                    let known = services.knownUsers
                    let (version, user) = try await services.register.run { store -> (Int64?, WebUser?) in
                        let version = try store.committedVersion()
                        if let version, let user = known.user(id, at: version) { return (version, user) }
                        let user = try store.user(id: id)
                        if let version, let user { known.keep(user, at: version) }
                        return (version, user)
                    }
                    if let user, user.isActive {
                        context.user = user
                        context.registerVersion = version
                        _ = context.sessions.updateSession(session, expiresIn: .seconds(idle))
                    } else {
                        context.sessions.clearSession()
                    }
                } else {
                    _ = context.sessions.updateSession(session, expiresIn: .seconds(idle))
                }
            }
        }
        return try await next(request, context)
    }
}
