import Foundation
import EvalFeedbackCore
import Hummingbird
import HummingbirdAuth
import NIOCore

/// Checks every POST before a route sees it: it comes from a page of this server (Origin),
/// carries this session's form token, is a form, and is not too big. Whatever fails is
/// refused with a 4xx page that says what to do, and nothing is written.
struct FormGuardMiddleware: RouterMiddleware {
    typealias Context = WebContext
    let services: WebServices

    /// The largest form that is not an upload.
    static let formLimit = 64 * 1024

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response)
        async throws -> Response
    {
        guard request.method == .post else { return try await next(request, context) }
        var context = context
        var request = request
        let pages = services.pages
        if let refusal = crossSite(request) {
            return pages.error(refusal, status: .forbidden, context: context)
        }
        let contentType = request.headers[.contentType] ?? ""
        let isMultipart = contentType.lowercased().hasPrefix("multipart/form-data")
        // Only the upload form may send a file, and only it may be large.
        let isUpload = isMultipart && request.uri.path == "/imports"
        let limit = isUpload ? services.settings.server.uploadLimitMB * 1024 * 1024 + Self.formLimit : Self.formLimit
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
            return tooLarge(limit, isUpload: isUpload, context: context)
        }
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: limit)
        } catch is NIOTooManyBytesError {
            return tooLarge(limit, isUpload: isUpload, context: context)
        }
        let bytes = Array(body.readableBytesView)
        let fields: FormFields?
        if isMultipart {
            fields = Self.boundary(contentType).flatMap { FormFields(multipart: bytes, boundary: $0) }
        } else if contentType.lowercased().hasPrefix("application/x-www-form-urlencoded") || bytes.isEmpty {
            fields = FormFields(urlEncoded: bytes)
        } else {
            fields = nil
        }
        guard let fields else {
            return pages.error(.notAForm(contentType: contentType), status: .badRequest, context: context)
        }
        guard let session = context.sessions.session, let token = fields["_token"],
            Self.same(token, session.formToken)
        else {
            return pages.error(.formExpired, status: .forbidden, context: context)
        }
        context.form = fields
        return try await next(request, context)
    }

    /// Why the request comes from another site's page, or nil when it does not.
    ///
    /// The Origin header decides when it names a site. Under the pages' `no-referrer` policy a
    /// browser sends `Origin: null` with a form instead, and then `Sec-Fetch-Site`, which every
    /// current browser sends and no page can set, must say `same-origin`. A client that sends
    /// neither (a script with its own session) still needs the session's form token.
    private func crossSite(_ request: Request) -> PageProblem? {
        let expected = expectedOrigin(request)
        if let origin = request.headers[.origin], origin != "null" {
            guard origin == expected else {
                return .crossSite(origin: origin, expected: expected)
            }
            return nil
        }
        if let site = request.headers[.secFetchSite], site != "same-origin" {
            return .crossSite(origin: "Sec-Fetch-Site: \(site)", expected: expected)
        }
        return nil
    }

    /// `http://host` or, behind TLS, `https://host`, with the Host the browser asked for.
    private func expectedOrigin(_ request: Request) -> String {
        let scheme = services.settings.server.behindTLS ? "https" : "http"
        return "\(scheme)://\(request.head.authority ?? "")"
    }

    private func tooLarge(_ limit: Int, isUpload: Bool, context: WebContext) -> Response {
        let problem: PageProblem =
            isUpload
            ? .uploadTooLarge(limitMB: services.settings.server.uploadLimitMB) : .formTooLarge(limitKiB: limit / 1024)
        return services.pages.error(problem, status: .contentTooLarge, context: context)
    }

    private static func boundary(_ contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            if pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "boundary" {
                return pair[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(
                    in: CharacterSet(charactersIn: "\""))
            }
        }
        return nil
    }

    /// Compares in constant time, so that the token cannot be guessed a character at a time.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count, !x.isEmpty else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
