import EvalFeedbackCore
import Hummingbird

/// `GET /settings` and its three forms: the pages' language, the password, the calendar feed.
struct SettingsRoutes {
    let services: WebServices

    func add(to router: Router<WebContext>) {
        router.get("/settings") { request, context in try page(request, context) }
        router.post("/settings/language") { _, context in try await language(context) }
        router.post("/settings/password") { request, context in try await password(request, context) }
        router.post("/settings/calendar") { _, context in try await calendar(context) }
    }

    private func page(
        _ request: Request, _ context: WebContext, values: [String: Any] = [:], status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let user = try context.signedIn()
        var values = values
        values["isDutch"] = user.language != "en"
        values["isEnglish"] = user.language == "en"
        if let token = user.calendarToken {
            let scheme = services.settings.server.behindTLS ? "https" : "http"
            let host = request.head.authority ?? "127.0.0.1:\(services.configuration.port)"
            values["feed"] = "\(scheme)://\(host)/calendar/\(token).ics"
        }
        return services.pages.page("settings", values, context: context, status: status)
    }

    private func language(_ context: WebContext) async throws -> Response {
        let user = try context.signedIn()
        guard let language = context.form.text("language"), ["nl", "en"].contains(language) else {
            throw PageError(.badRequest, .languageMissing)
        }
        try await services.register.run { try $0.setLanguage(login: user.login, to: language) }
        return .redirect(to: "/settings", type: .normal)
    }

    private func password(_ request: Request, _ context: WebContext) async throws -> Response {
        var context = context
        let user = try context.signedIn()
        let form = context.form
        let current = form["current"] ?? ""
        let new = form["new"] ?? ""
        let hasher = services.hasher
        let right = await services.register.work { hasher.verify(current, against: user.passwordHash) }
        let problem: PageProblem? =
            if !right { .wrongPassword } else if new != form["repeat"] {
                .passwordsDiffer
            } else {
                switch PasswordHasher.weakness(of: new) {
                case .tooShort: .passwordTooShort(minimum: PasswordHasher.minimumLength)
                case .tooLong: .passwordTooLong(maximumBytes: PasswordHasher.maximumBytes)
                case nil: nil
                }
            }
        if let problem {
            let words = services.pages.wording(context)
            return try page(request, context, values: ["error": words.problem(problem)], status: .badRequest)
        }
        let hash = await services.register.work { hasher.hash(new) }
        try await services.register.run { try $0.setPasswordHash(login: user.login, to: hash) }
        context.user = try await services.register.run { try $0.user(id: user.id) }
        return try page(request, context, values: ["flash": services.pages.wording(context).text("passwordChanged")])
    }

    /// A new secret for the feed's address: the old address stops working at once.
    private func calendar(_ context: WebContext) async throws -> Response {
        let user = try context.signedIn()
        let token = WebSession.newToken()
        try await services.register.run { try $0.setCalendarToken(login: user.login, to: token) }
        return .redirect(to: "/settings", type: .normal)
    }
}
