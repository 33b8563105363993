/// How a case was closed (procedure §3, R12, R14).
public struct CaseClosing: Sendable, Codable, Equatable {
    /// The day it was closed.
    public var closedOn: LocalDate
    /// Resolved or unfounded.
    public var outcome: CaseOutcome
    /// What was done, in the account manager's words.
    public var resolution: String
    /// The cause category, so that the report can tell recurring problems from one-offs.
    public var cause: String
    /// Whether the client was satisfied with the handling (ISO 10002).
    public var clientSatisfied: ClientSatisfaction
    /// Whether a closing email is owed to the client (R14; not when settled face to face).
    public var emailOwed: Bool
    /// When the closing email was sent.
    public var emailSentOn: LocalDate?

    /// True while a closing email is owed and not yet sent.
    public var emailOutstanding: Bool { emailOwed && emailSentOn == nil }
}
