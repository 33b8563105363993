import Logging
import EvalFeedbackCore
import GRDB
import Hummingbird

/// Turns what a route throws into a page in the user's language: a 404 that says the same for
/// a case that is not there and one that is not theirs, a 403 for a role, the library's own
/// message for a refusal, and a 503 when the register is busy or failing.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = WebContext
    let services: WebServices

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response)
        async throws -> Response
    {
        do {
            return try await next(request, context)
        } catch {
            let pages = services.pages
            switch error {
            case let error as PageError:
                return pages.error(error.problem, status: error.status, context: context)
            case let error as any HTTPResponseError where error.status == .notFound:
                return pages.error(.notFound, status: .notFound, context: context)
            case let error as any HTTPResponseError where error.status == .unauthorized:
                return .redirect(to: "/login", type: .normal)
            case let error as any HTTPResponseError:
                return pages.error(.status(code: error.status.code), status: error.status, context: context)
            case let error as DatabaseError:
                context.logger.error("register failed: \(error.resultCode)")
                return pages.error(
                    .registerFailed(code: "\(error.resultCode)"), status: .serviceUnavailable, context: context)
            case let error as StoreError:
                context.logger.error("register unavailable: \(error.description)")
                return pages.error(.registerUnavailable, status: .serviceUnavailable, context: context)
            default:
                context.logger.error("request failed: \(type(of: error))")
                return pages.error(.serverFailed, status: .internalServerError, context: context)
            }
        }
    }
}
