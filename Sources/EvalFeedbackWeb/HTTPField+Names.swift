import HTTPTypes

extension HTTPField.Name {
    /// `Referrer-Policy`.
    static let referrerPolicy = named("Referrer-Policy")
    /// `X-Frame-Options`, for browsers that do not read `frame-ancestors`.
    static let xFrameOptions = named("X-Frame-Options")
    /// `Sec-Fetch-Site`: where a browser says the request came from (`same-origin`, `cross-site`).
    static let secFetchSite = named("Sec-Fetch-Site")
    /// `X-Forwarded-For`, which a reverse proxy adds.
    static let xForwardedFor = named("X-Forwarded-For")

    /// The header `name`, which must be a valid token (a programming error otherwise).
    private static func named(_ name: String) -> HTTPField.Name {
        guard let field = HTTPField.Name(name) else { preconditionFailure("'\(name)' is not a header name") }
        return field
    }
}
