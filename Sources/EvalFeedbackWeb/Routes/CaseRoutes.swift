import Foundation
import EvalFeedbackCore
import Hummingbird
import HummingbirdAuth

/// `GET /` (my cases), `GET /cases/{id}`, `POST /cases/{id}/{step}`: the procedure's steps on
/// the library's lifecycle, with who-sees-what (R16) asked on every request.
struct CaseRoutes {
    let services: WebServices

    func add(to router: Router<WebContext>) {
        router.get("/") { request, context in try await list(request, context) }
        router.get("/cases/:id") { _, context in try await show(context) }
        router.post("/cases/:id/:step") { _, context in try await record(context) }
    }

    /// Cases on one page of the list: a manager with thousands of open cases gets the most
    /// urgent first, a page at a time, and the page stays quick to make and to read on a phone.
    static let pageSize = 100

    /// The follow-up list's cases this user may see, in its order (most urgent first), a page
    /// at a time (`?page=2`). The order is over all of them; only the page's are made into
    /// items. A page made since the last commit is shown again (`PageCache`).
    private func list(_ request: Request, _ context: WebContext) async throws -> Response {
        let user = try context.signedIn()
        let today = services.configuration.today()
        let settings = services.settings
        let asked = max(1, request.uri.queryParameters.get("page").flatMap { Int($0) } ?? 1)
        let key = PageCache.key("/?page=\(asked)", context: context, day: today)
        if let key, let kept = services.pageCache.page(key) { return PageRenderer.response(kept) }
        let visible = try await services.register.run { store in
            try VisibleCases(for: user, store: store, today: today, settings: settings)
        }
        let total = visible.count
        let pages = max(1, (total + Self.pageSize - 1) / Self.pageSize)
        let page = min(asked, pages)
        let shown = (page - 1) * Self.pageSize..<min(total, page * Self.pageSize)
        var views: [[String: Any]] = []
        let words = services.pages.wording(context)
        for group in visible.groups(in: shown) {
            var view: [String: Any] = ["items": group.items.map { CaseViews.item($0, words) }]
            view["manager"] = group.manager?.safeForMessage
            view["showHeading"] = user.role == .lead
            views.append(view)
        }
        var values: [String: Any] = [
            "groups": views, "today": today.description, "isAuditor": user.role == .auditor, "empty": total == 0,
            "total": total, "first": shown.lowerBound + 1, "last": shown.upperBound,
        ]
        if pages > 1 { values["paging"] = true }
        if page > 1 { values["previous"] = page - 1 }
        if page < pages { values["next"] = page + 1 }
        let html = services.pages.body("list", values, context: context)
        if let key { services.pageCache.keep(html, under: key) }
        return PageRenderer.response(html)
    }

    private func show(_ context: WebContext, error: String? = nil, status: HTTPResponse.Status = .ok) async throws
        -> Response
    {
        let user = try context.signedIn()
        let id = try caseNumber(context)
        let today = services.configuration.today()
        // Only the plain page is kept: one with a refused step's message is made each time.
        let key = error == nil ? PageCache.key("/cases/\(id)", context: context, day: today) : nil
        if let key, let kept = services.pageCache.page(key) { return PageRenderer.response(kept) }
        let complaint = try await visibleCase(id, for: user)
        let settings = services.settings
        let sheet = try await services.register.run { store in
            CaseSheet(
                complaint: complaint, history: try store.history(of: id), today: today, calendar: settings.calendar)
        }
        let allowed = StepsAllowed.of(complaint, user: user, lifecycle: services.lifecycle(for: user))
        var values = CaseViews.sheet(sheet, services.pages.wording(context))
        values["forms"] = Dictionary(
            uniqueKeysWithValues: allowed.map { ($0.replacingOccurrences(of: "-", with: "_"), true) })
        values["causes"] = settings.causes
        values["today"] = today.description
        values["error"] = error?.safeForMessage
        let html = services.pages.body("case", values, context: context)
        if let key { services.pageCache.keep(html, under: key) }
        return PageRenderer.response(html, status: status)
    }

    /// Records the step, or shows the case again with the lifecycle's message and a 4xx;
    /// the register is unchanged then (one transaction, R12).
    private func record(_ context: WebContext) async throws -> Response {
        let user = try context.signedIn()
        let id = try caseNumber(context)
        let name = context.parameters.get("step") ?? ""
        guard StepForm.names.contains(name) else { throw PageError.notFound }
        let complaint = try await visibleCase(id, for: user)
        let step: CaseStep
        do {
            step = try StepForm.step(name, context.form, today: services.configuration.today())
        } catch {
            return try await show(
                context, error: services.pages.wording(context).problem(error.problem), status: error.status)
        }
        guard CaseAccess.allows(user, step: step) else { throw PageError.forbidden }
        let lifecycle = services.lifecycle(for: user)
        let defaultManager = services.settings.defaultManager
        let allowNew = context.form["new_manager"] == "yes"
        do {
            let change = try await services.register.run { store in
                try store.record(
                    step, on: complaint.id, lifecycle: lifecycle, defaultManager: defaultManager,
                    allowNewManager: allowNew)
            }
            let flash = services.pages.wording(context).recorded(change.event)
            context.sessions.withLockedSession { $0?.flash = flash }
            return .redirect(to: "/cases/\(id)", type: .normal)
        } catch let error as CaseStepError {
            let status: HTTPResponse.Status = if case .impossible = error { .conflict } else { .badRequest }
            let problem = PageProblem.refused(error, step: name, complaint: complaint)
            return try await show(context, error: services.pages.wording(context).problem(problem), status: status)
        } catch ListError.unknownAssignee(let manager, let known) {
            let problem = PageProblem.unknownAssignee(manager, known: known)
            return try await show(context, error: services.pages.wording(context).problem(problem), status: .badRequest)
        }
    }

    private func caseNumber(_ context: WebContext) throws -> Int64 {
        guard let text = context.parameters.get("id"), let id = Int64(text), id > 0 else { throw PageError.notFound }
        return id
    }

    /// The case, when this user may see it; otherwise the same 404 as a number nobody has.
    private func visibleCase(_ id: Int64, for user: WebUser) async throws -> ComplaintCase {
        let defaultManager = services.settings.defaultManager
        let found: (ComplaintCase, String?)? = try await services.register.run { store in
            do {
                return (try store.complaintCase(id, defaultManager: defaultManager), try store.registrar(of: id))
            } catch CaseStepError.unknownCase(_) {
                return nil
            }
        }
        guard let (complaint, registrar) = found, CaseAccess.allows(user, complaint, registeredBy: registrar) else {
            throw PageError.notFound
        }
        return complaint
    }
}
