import HTTPTypes

extension HTTPField.Name {
    /// `Referrer-Policy`.
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    /// `X-Frame-Options`, for browsers that do not read `frame-ancestors`.
    static let xFrameOptions = HTTPField.Name("X-Frame-Options")!
    /// `X-Forwarded-For`, which a reverse proxy adds.
    static let xForwardedFor = HTTPField.Name("X-Forwarded-For")!
}
