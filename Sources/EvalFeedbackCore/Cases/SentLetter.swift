/// A letter that went to the client, as the register keeps it (R13): which, when, to whom, and
/// the SHA-256 of the message exactly as it was handed to sendmail.
public struct SentLetter: Sendable, Equatable {
    /// Which letter.
    public let kind: LetterKind
    /// The day it was sent.
    public let sentOn: LocalDate
    /// The address it went to; nil once the case's personal data was purged (R17).
    public let recipient: String?
    /// The message's SHA-256, 64 hex digits.
    public let sha256: String

    /// A letter sent.
    public init(kind: LetterKind, sentOn: LocalDate, recipient: String?, sha256: String) {
        self.kind = kind
        self.sentOn = sentOn
        self.recipient = recipient
        self.sha256 = sha256
    }
}
