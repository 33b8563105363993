import EvalFeedbackCore
import Hummingbird

/// `GET /reports` (the quarterly report, for a quarter of your choice) and `GET /register`
/// (the extract): the library's own HTML renderings, the CLI's in the reader's language,
/// inside the site's page with its navigation.
struct ReportRoutes {
    let services: WebServices

    func add(to router: Router<WebContext>) {
        router.get("/reports") { request, context in try await report(request, context) }
        router.get("/register") { request, context in try await extract(request, context) }
    }

    /// The chooser, and with `?quarter=` the report below it. Every signed-in user may read it:
    /// it is aggregates without names or email addresses (R16).
    private func report(_ request: Request, _ context: WebContext) async throws -> Response {
        let user = try context.signedIn()
        let today = services.configuration.today()
        let current = Quarter(containing: today)
        let text = request.uri.queryParameters.get("quarter")
        // This quarter and the seven before it.
        let quarters = (0..<8).map { back -> [String: Any] in
            let index = current.year * 4 + current.number - 1 - back
            let label = "\(index / 4)-Q\(index % 4 + 1)"
            return ["label": label, "selected": label == text]
        }
        var values: [String: Any] = ["quarters": quarters]
        if let text {
            guard let quarter = Quarter(text) else { throw PageError(.badRequest, .notAQuarter(text)) }
            let settings = services.settings
            let fragment = try await services.register.run { store in
                try store.quarterlyReport(ReportPeriod(quarter), today: today, settings: settings)
                    .htmlFragment(ReportWords(language: user.language))
            }
            values["document"] = Self.document(fragment)
        }
        return services.pages.page("reports", values, context: context)
    }

    /// The chooser, and with `?from=&to=` the extract below it (the lead and auditors only),
    /// with personal data only for the lead and an auditor the lead allowed (R16).
    private func extract(_ request: Request, _ context: WebContext) async throws -> Response {
        let user = try context.signedIn()
        guard CaseAccess.mayReadRegister(user) else { throw PageError.forbidden }
        let query = request.uri.queryParameters
        let today = services.configuration.today()
        let personal = query.get("personal") == "yes"
        var values: [String: Any] = [
            "from": query.get("from") ?? LocalDate(year: today.year, month: 1, day: 1)?.description
                ?? today.description,
            "to": query.get("to") ?? today.description, "mayAskPersonalData": CaseAccess.seesPersonalData(user),
            "personal": personal,
        ]
        if let fromText = query.get("from"), let toText = query.get("to") {
            guard let from = LocalDate(fromText) else {
                throw PageError(.badRequest, .notADate(field: "from", text: fromText))
            }
            guard let to = LocalDate(toText) else { throw PageError(.badRequest, .notADate(field: "to", text: toText)) }
            guard from <= to else { throw PageError(.badRequest, .fromAfterTo(from, to)) }
            if personal, !CaseAccess.seesPersonalData(user) { throw PageError(.forbidden, .personalDataNotAllowed) }
            let settings = services.settings
            let fragment = try await services.register.run { store in
                try store.registerExtract(from: from, to: to, withPersonalData: personal, settings: settings)
                    .htmlFragment(ReportWords(language: user.language))
            }
            values["document"] = Self.document(fragment)
        }
        return services.pages.page("register", values, context: context)
    }

    /// The library's rendering for the template: markup it escaped value by value (`HTMLPage`),
    /// put in the page as it is (the one `{{{ }}}` of the templates).
    private static func document(_ fragment: HTMLFragment) -> [String: String] {
        ["style": fragment.style, "body": fragment.body]
    }
}
