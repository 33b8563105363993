public import Hummingbird

/// A request refused with a message for the user and a 4xx status; nothing was written.
public struct PageError: Error, HTTPResponseError {
    /// The status.
    public let status: HTTPResponse.Status
    /// What went wrong and what to do.
    public let message: String

    /// A refusal with `status` and `message`.
    public init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    /// The page or case is not there, or not the user's (R16): the same answer for both.
    static let notFound = PageError(.notFound, "")
    /// The user's role may not do this.
    static let forbidden = PageError(.forbidden, "")

    /// The plain answer; the error page middleware writes the page instead.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(status: status)
    }
}
