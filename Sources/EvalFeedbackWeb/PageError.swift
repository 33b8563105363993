public import Hummingbird

/// A request refused with a 4xx status and a problem the error page words for the user;
/// nothing was written.
public struct PageError: Error, HTTPResponseError {
    /// The status.
    public let status: HTTPResponse.Status
    /// What went wrong, as a value (`Wording.problem` says it and what to do).
    let problem: PageProblem

    /// A refusal with `status` and `problem`.
    init(_ status: HTTPResponse.Status, _ problem: PageProblem) {
        self.status = status
        self.problem = problem
    }

    /// The page or case is not there, or not the user's (R16): the same answer for both.
    static let notFound = PageError(.notFound, .notFound)
    /// The user's role may not do this.
    static let forbidden = PageError(.forbidden, .forbidden)

    /// The plain answer; the error page middleware writes the page instead.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(status: status)
    }
}
