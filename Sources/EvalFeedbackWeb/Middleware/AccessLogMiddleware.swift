import Hummingbird
import Logging

/// One line per request: method, path, status and time, and nothing personal.
///
/// No client address, no query string (a report's dates, a search), no cookie, and the
/// calendar feed's secret replaced by `*`: the log is read by people who may not see the
/// register (R16).
struct AccessLogMiddleware: RouterMiddleware {
    typealias Context = WebContext
    let logger: Logger

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response)
        async throws
        -> Response
    {
        let start = ContinuousClock.now
        let path = Self.loggedPath(request.uri.path)
        do {
            let response = try await next(request, context)
            log(request, path, status: response.status.code, since: start)
            return response
        } catch {
            log(request, path, status: (error as? any HTTPResponseError)?.status.code ?? 500, since: start)
            throw error
        }
    }

    /// The path as logged: the server's own words and case numbers; anything else, such as
    /// the calendar feed's token or a name typed into the address bar, as `*`.
    static func loggedPath(_ path: String) -> String {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).map { segment in
            segment.isEmpty || words.contains(String(segment)) || segment.allSatisfy({ $0.isASCII && $0.isNumber })
                ? String(segment) : "*"
        }
        return segments.joined(separator: "/")
    }

    /// The segments of the server's own paths.
    static let words: Set<String> = [
        "login", "logout", "cases", "new", "reports", "register", "imports", "settings", "calendar", "healthz",
        "style.css", "language", "password", "contact", "note", "extend", "close", "unfounded", "email-sent",
        "appeal", "ruling", "consequences-done", "assign",
    ]

    private func log(_ request: Request, _ path: String, status: Int, since start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        logger.info("\(request.method) \(path) \(status) \(Int(milliseconds.rounded())) ms")
    }
}
