import EvalFeedbackCore
import Hummingbird

/// `GET /calendar/{token}.ics` (no session: a calendar app fetches it), `GET /healthz` and the
/// style sheet.
struct FeedRoutes {
    let services: WebServices

    func add(to router: Router<WebContext>) {
        router.get("/calendar/:file") { _, context in try await feed(context) }
        router.get("/healthz") { _, _ in try await health() }
        router.get("/style.css") { _, _ in
            Response(
                status: .ok,
                headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
                body: .init(byteBuffer: ByteBuffer(string: services.pages.styleSheet)))
        }
    }

    /// The feed of the user whose secret is in the address; an unknown (or renewed) secret, or
    /// a disabled user's, is a 404 like any other address.
    private func feed(_ context: WebContext) async throws -> Response {
        guard let file = context.parameters.get("file"), file.hasSuffix(".ics") else { throw PageError.notFound }
        let token = String(file.dropLast(4))
        guard token.count == 64, token.allSatisfy(\.isHexDigit) else { throw PageError.notFound }
        let today = services.configuration.today()
        let settings = services.settings
        let feed: CalendarFeed? = try await services.register.run { store in
            guard let user = try store.user(calendarToken: token) else { return nil }
            let items = try VisibleCases(for: user, store: store, today: today, settings: settings).items
            return CalendarFeed(items: items, language: user.language)
        }
        guard let feed else { throw PageError.notFound }
        return Response(
            status: .ok, headers: [.contentType: "text/calendar; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: feed.text)))
    }

    /// `ok` when the register answers; 503 with the reason when it does not.
    private func health() async throws -> Response {
        do {
            _ = try await services.register.run { try $0.user(id: 0) }
            return Response(
                status: .ok, headers: [.contentType: "text/plain; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: "ok\n")))
        } catch {
            return Response(
                status: .serviceUnavailable, headers: [.contentType: "text/plain; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: "the register does not answer\n")))
        }
    }
}
