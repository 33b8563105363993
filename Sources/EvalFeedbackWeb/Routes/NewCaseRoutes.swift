import EvalFeedbackCore
import Hummingbird
import HummingbirdAuth

/// `GET/POST /cases/new`: a complaint from any source, on the same route and deadlines as an
/// evaluation's (R7). Every employee registers; the history names who did (R13).
struct NewCaseRoutes {
    let services: WebServices

    /// The sources registered by hand: an evaluation's case comes from its import.
    static let sources = CaseSource.allCases.filter { $0 != .evaluation }

    func add(to router: Router<WebContext>) {
        router.get("/cases/new") { _, context in try form(context) }
        router.post("/cases/new") { _, context in try await register(context) }
    }

    private func form(
        _ context: WebContext, error: PageProblem? = nil, status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let user = try context.signedIn()
        guard CaseAccess.mayRegister(user) else { throw PageError.forbidden }
        let form = context.form
        let chosen = form["source"] ?? CaseSource.oral.rawValue
        let words = services.pages.wording(context)
        var values: [String: Any] = [
            "sources": Self.sources.map {
                ["value": $0.rawValue, "label": words.source($0), "selected": $0.rawValue == chosen]
            },
            "today": services.configuration.today().description,
        ]
        values["error"] = error.map(words.problem)
        for field in ["client", "contact", "email", "training", "trainer", "summary", "on"] {
            values[field] = form[field]
        }
        return services.pages.page("new-case", values, context: context, status: status)
    }

    private func register(_ context: WebContext) async throws -> Response {
        let user = try context.signedIn()
        guard CaseAccess.mayRegister(user) else { throw PageError.forbidden }
        let form = context.form
        let today = services.configuration.today()
        guard let source = form.text("source").flatMap(CaseSource.init(rawValue:)), source != .evaluation else {
            return try self.form(context, error: .sourceMissing, status: .badRequest)
        }
        var registeredOn = today
        if let text = form.text("on") {
            guard let day = LocalDate(text) else {
                return try self.form(context, error: .notADate(field: "on", text: text), status: .badRequest)
            }
            registeredOn = day
        }
        let language = form.text("lang").flatMap { LanguageCode($0) }
        let settings = services.settings
        let newCase = NewCase(
            source: source, client: form["client"] ?? "", contactName: form["contact"] ?? "",
            contactEmail: form.text("email"), training: form.text("training"), trainer: form.text("trainer"),
            summary: form["summary"] ?? "", registeredOn: registeredOn, calendar: settings.calendar,
            language: language)
        let lifecycle = services.lifecycle(for: user)
        do {
            let (opened, _) = try await services.register.run { store in
                try store.register(newCase, lifecycle: lifecycle, defaultManager: settings.defaultManager)
            }
            let message = services.pages.wording(context).registered(opened)
            context.sessions.withLockedSession { $0?.flash = message }
            let visible = CaseAccess.allows(user, opened, registeredBy: user.name)
            return .redirect(to: visible ? "/cases/\(opened.id)" : "/", type: .normal)
        } catch let error as CaseStepError {
            return try self.form(context, error: .notRegistered(error, newCase), status: .badRequest)
        }
    }
}
