public import EvalFeedbackCore
public import Hummingbird
public import HummingbirdAuth
public import NIOCore

/// One request's context: its session, who is signed in, where it came from, and its form.
public struct WebContext: RequestContext, SessionRequestContext {
    /// Hummingbird's own part.
    public var coreContext: CoreRequestContextStorage
    /// The session (HummingbirdAuth keeps it in memory, under the cookie's id).
    public let sessions: SessionContext<WebSession>
    /// The peer's address, as the connection gives it (the proxy's, behind one).
    public let remoteAddress: SocketAddress?
    /// The signed-in user, checked against the register on this request.
    public var user: WebUser?
    /// The POSTed form's fields, read and checked by `FormGuardMiddleware`.
    public var form = FormFields()
    /// The register's `committedVersion` as the request began, read with the signed-in user:
    /// the key under which its pages may be kept (`PageCache`); nil when pages are not kept.
    public var registerVersion: Int64?

    /// The context of a request on `source`'s connection.
    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        sessions = .init()
        remoteAddress = source.channel.remoteAddress
    }

    /// The signed-in user; a request without one never reaches a page that calls this.
    func signedIn() throws -> WebUser {
        guard let user else { throw HTTPError(.unauthorized) }
        return user
    }

    /// The form token of this session, for the page's forms.
    var formToken: String { sessions.session?.formToken ?? "" }
}
