/// What the server keeps about one browser between requests, in memory only.
///
/// A session starts at the sign-in page without a user, so that its form has a token too; it
/// gets a user (and a new id, against fixation) when the password is right.
public struct WebSession: Codable, Sendable, Equatable {
    /// The signed-in user; nil before sign-in.
    public var userID: Int64?
    /// The token every form of this session carries and every POST must return.
    public var formToken: String
    /// When the last request came (seconds since 1970): the idle expiry counts from it.
    public var lastSeen: Double
    /// What the last step changed, shown once on the next page (post, redirect, get).
    public var flash: String?

    /// A session for `userID`, with a fresh form token.
    public init(userID: Int64?, lastSeen: Double) {
        self.userID = userID
        self.formToken = Self.newToken()
        self.lastSeen = lastSeen
    }

    /// 32 random bytes as 64 hex digits: for form tokens and calendar addresses.
    public static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in
            let byte = UInt8.random(in: 0...255, using: &generator)
            return String(byte, radix: 16).count == 1 ? "0" + String(byte, radix: 16) : String(byte, radix: 16)
        }.joined()
    }
}
