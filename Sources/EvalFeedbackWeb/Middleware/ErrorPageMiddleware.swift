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
            let texts = PageTexts.of(context.user?.language ?? "nl")
            let pages = services.pages
            switch error {
            case let error as PageError:
                let message =
                    error.message.isEmpty
                    ? (error.status == .forbidden ? texts["forbidden"] : texts["notFound"]) ?? "" : error.message
                return pages.error(message, status: error.status, context: context)
            case let error as any HTTPResponseError where error.status == .notFound:
                return pages.error(texts["notFound"] ?? "", status: .notFound, context: context)
            case let error as any HTTPResponseError where error.status == .unauthorized:
                return .redirect(to: "/login", type: .normal)
            case let error as any HTTPResponseError:
                return pages.error("\(error.status)", status: error.status, context: context)
            case let error as DatabaseError:
                context.logger.error("register failed: \(error.resultCode)")
                return pages.error(
                    "The register could not be read or written (\(error.resultCode)); nothing of this step was "
                        + "written. Try again in a minute; if it stays, ask the lead to run 'evalfeedback check'.",
                    status: .serviceUnavailable, context: context)
            case let error as StoreError:
                return pages.error(error.description, status: .serviceUnavailable, context: context)
            default:
                context.logger.error("request failed: \(type(of: error))")
                return pages.error(
                    "Something went wrong on the server; nothing of this step was written. Try again.",
                    status: .internalServerError, context: context)
            }
        }
    }
}
