import HTTPTypes

extension HTTPField.Name {
    /// `Referrer-Policy`.
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    /// `X-Frame-Options`, for browsers that do not read `frame-ancestors`.
    static let xFrameOptions = HTTPField.Name("X-Frame-Options")!
    /// `Sec-Fetch-Site`: where a browser says the request came from (`same-origin`, `cross-site`).
    static let secFetchSite = HTTPField.Name("Sec-Fetch-Site")!
    /// `X-Forwarded-For`, which a reverse proxy adds.
    static let xForwardedFor = HTTPField.Name("X-Forwarded-For")!
}
