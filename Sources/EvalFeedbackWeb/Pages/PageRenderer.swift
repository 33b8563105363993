import EvalFeedbackCore
import Foundation
import Hummingbird
import HummingbirdAuth
import Mustache

/// Renders the pages from the swift-mustache templates in this target's resources.
///
/// Mustache escapes every `{{value}}` for HTML (quotes included, so values are safe in
/// attributes too); the values are first cleared of display tricks (`safeForMessage`), so a
/// name from an export cannot turn the text around it. The one `{{{ }}}` puts a report the
/// library rendered (and escaped value by value, `HTMLFragment`) into the reports' and the
/// register's pages; no other template uses it.
struct PageRenderer: Sendable {
    private let library: MustacheLibrary
    /// The style sheet every page links to (the policy allows no inline script, and none is used).
    let styleSheet: String

    /// Loads the templates; a template that does not parse stops the server at start.
    init() async throws {
        guard let folder = Bundle.module.resourceURL?.appendingPathComponent("Templates") else {
            throw WebSetupError.missingResources
        }
        library = try await MustacheLibrary(directory: folder.path)
        styleSheet = try String(contentsOf: folder.appendingPathComponent("style.css"), encoding: .utf8)
    }

    /// The page `template` with `values` (a value left out is a section skipped), in the signed-in user's language, with the navigation
    /// their role has, the session's form token, and the message left by the last step.
    func page(
        _ template: String, _ values: [String: Any], context: WebContext, status: HTTPResponse.Status = .ok
    ) -> Response {
        Self.response(body(template, values, context: context), status: status)
    }

    /// A page's HTML as `page` answers with it, for a page kept in `PageCache`.
    func body(_ template: String, _ values: [String: Any], context: WebContext) -> ByteBuffer {
        var all = values
        let user = context.user
        all["t"] = PageTexts.of(user?.language ?? "nl")
        all["token"] = context.formToken
        // The last step's message, shown once.
        let flash = context.sessions.withLockedSession { session -> String? in
            let flash = session?.flash
            if flash != nil { session?.flash = nil }
            return flash
        }
        if all["flash"] == nil, let flash { all["flash"] = flash.safeForMessage }
        if let user {
            all["user"] =
                [
                    "name": user.name.safeForMessage, "isLead": user.role == .lead,
                    "mayWorkCases": user.role != .auditor, "mayReadRegister": CaseAccess.mayReadRegister(user),
                    "mayImport": CaseAccess.mayImport(user),
                ] as [String: Any]
        }
        return ByteBuffer(string: library.render(all, withTemplate: template) ?? "")
    }

    /// The answer with the page `html`.
    static func response(_ html: ByteBuffer, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: html))
    }

    /// The error page: what went wrong and what to do, in the user's language, with `status`.
    func error(_ problem: PageProblem, status: HTTPResponse.Status, context: WebContext) -> Response {
        page("error", ["message": wording(context).problem(problem).safeForMessage], context: context, status: status)
    }

    /// The words of the signed-in user's language; Dutch before signing in.
    func wording(_ context: WebContext) -> Wording { Wording(language: context.user?.language ?? "nl") }
}

/// Why the server cannot start.
enum WebSetupError: Error, CustomStringConvertible {
    case missingResources

    var description: String {
        "the server's templates are missing from its resources; build it again with 'swift build'."
    }
}
