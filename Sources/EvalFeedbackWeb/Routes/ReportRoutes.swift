import EvalFeedbackCore
import Hummingbird

/// `GET /reports` (the quarterly report, for a quarter of your choice) and `GET /register`
/// (the extract): the library's own HTML renderings, the same pages the CLI writes.
struct ReportRoutes {
    let services: WebServices

    func add(to router: Router<WebContext>) {
        router.get("/reports") { request, context in try await report(request, context) }
        router.get("/register") { request, context in try await extract(request, context) }
    }

    /// Without `?quarter=`, the chooser; with it, the report. Every signed-in user may read it:
    /// it is aggregates without names or email addresses (R16).
    private func report(_ request: Request, _ context: WebContext) async throws -> Response {
        _ = try context.signedIn()
        let today = services.configuration.today()
        let current = Quarter(containing: today)
        guard let text = request.uri.queryParameters.get("quarter") else {
            // This quarter and the seven before it.
            let quarters = (0..<8).map { back -> String in
                let index = current.year * 4 + current.number - 1 - back
                return "\(index / 4)-Q\(index % 4 + 1)"
            }
            return services.pages.page("reports", ["quarters": quarters], context: context)
        }
        guard let quarter = Quarter(text) else {
            throw PageError(.badRequest, "quarter: '\(text)' is not a quarter; write it as 2026-Q3.")
        }
        let settings = services.settings
        let bytes = try await services.register.run { store in
            try store.quarterlyReport(ReportPeriod(quarter), today: today, settings: settings)
                .rendered(as: .html, csvSeparator: settings.csvSeparator)
        }
        return Self.html(bytes)
    }

    /// Without `?from=&to=`, the chooser; with them, the extract (the lead and auditors only),
    /// with personal data only for the lead and an auditor the lead allowed (R16).
    private func extract(_ request: Request, _ context: WebContext) async throws -> Response {
        let user = try context.signedIn()
        guard CaseAccess.mayReadRegister(user) else { throw PageError.forbidden }
        let query = request.uri.queryParameters
        let today = services.configuration.today()
        guard let fromText = query.get("from"), let toText = query.get("to") else {
            return services.pages.page(
                "register",
                [
                    "from": LocalDate(year: today.year, month: 1, day: 1)?.description ?? today.description,
                    "to": today.description, "mayAskPersonalData": CaseAccess.seesPersonalData(user),
                ], context: context)
        }
        guard let from = LocalDate(fromText) else {
            throw PageError(.badRequest, "from: '\(fromText)' is not a date: \(LocalDate.whyNotADate(fromText)).")
        }
        guard let to = LocalDate(toText) else {
            throw PageError(.badRequest, "to: '\(toText)' is not a date: \(LocalDate.whyNotADate(toText)).")
        }
        guard from <= to else { throw PageError(.badRequest, "from \(from) comes after to \(to).") }
        let personal = query.get("personal") == "yes"
        if personal, !CaseAccess.seesPersonalData(user) {
            throw PageError(
                .forbidden, "Personal data in the extract is for the lead, or an auditor the lead allowed (R16).")
        }
        let settings = services.settings
        let bytes = try await services.register.run { store in
            try store.registerExtract(from: from, to: to, withPersonalData: personal, settings: settings)
                .rendered(as: .html, csvSeparator: settings.csvSeparator)
        }
        return Self.html(bytes)
    }

    private static func html(_ bytes: [UInt8]) -> Response {
        Response(
            status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
