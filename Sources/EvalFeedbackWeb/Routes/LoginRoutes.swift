import EvalFeedbackCore
import Foundation
import Hummingbird
import HummingbirdAuth

/// `GET/POST /login` and `POST /logout`.
struct LoginRoutes {
    let services: WebServices

    func add(to router: Router<WebContext>) {
        router.get("/login") { _, context in try await showLogin(context) }
        router.post("/login") { request, context in try await login(request, context) }
        router.post("/logout") { _, context in
            context.sessions.clearSession()
            return Response.redirect(to: "/login", type: .normal)
        }
    }

    /// The sign-in form; a session without a user is started for its form token.
    private func showLogin(_ context: WebContext) async throws -> Response {
        if context.user != nil { return .redirect(to: "/", type: .normal) }
        var context = context
        if context.sessions.session == nil { startAnonymousSession(&context) }
        return services.pages.page("login", [:], context: context)
    }

    private func login(_ request: Request, _ context: WebContext) async throws -> Response {
        let login = context.form.text("login") ?? ""
        let password = context.form["password"] ?? ""
        let address = clientAddress(request, context)
        let now = services.configuration.now()
        if let until = await services.throttle.lockedUntil(login: login, address: address, now: now) {
            let minutes = Int((until.timeIntervalSince(now) / 60).rounded(.up))
            return services.pages.page(
                "login", ["error": services.pages.wording(context).problem(.lockedOut(minutes: minutes))],
                context: context, status: .tooManyRequests)
        }
        let user = try await services.register.run { try $0.user(login: login) }
        let hasher = services.hasher
        let right = await services.register.work { hasher.verify(password, against: user?.passwordHash) }
        guard right, let user, user.isActive else {
            await services.throttle.failed(login: login, address: address, now: now)
            return services.pages.page(
                "login", ["error": services.pages.wording(context).problem(.wrongLogin), "login": login],
                context: context, status: .unauthorized)
        }
        await services.throttle.succeeded(login: login)
        // A new session id at sign-in, so that an id planted before cannot be taken over.
        context.sessions.createSession(
            WebSession(userID: user.id, lastSeen: now.timeIntervalSince1970),
            expiresIn: .seconds(services.settings.server.idleMinutes * 60))
        return .redirect(to: "/", type: .normal)
    }

    private func startAnonymousSession(_ context: inout WebContext) {
        context.sessions.createSession(
            WebSession(userID: nil, lastSeen: services.configuration.now().timeIntervalSince1970),
            expiresIn: .seconds(services.settings.server.idleMinutes * 60))
    }

    /// Where the request came from: the connection's peer, or behind a trusted reverse proxy
    /// (the config's `server.trusted_proxy`), the address the proxy added last.
    private func clientAddress(_ request: Request, _ context: WebContext) -> String? {
        if services.settings.server.trustedProxy, let forwarded = request.headers[.xForwardedFor],
            let last = forwarded.split(separator: ",").last
        {
            return last.trimmingCharacters(in: .whitespaces)
        }
        return context.remoteAddress?.ipAddress
    }
}
