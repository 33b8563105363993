/// The letters the procedure promises the client (R9, R11, R14).
public enum LetterKind: String, Sendable, CaseIterable {
    /// The complaint is in hand; the account manager makes contact by the R9 date.
    case acknowledgement
    /// Handling takes longer: why, and when to expect an answer (R11).
    case delay
    /// The complaint is closed, with the route to the independent third party (R14, procedure §6).
    case closing

    /// What the letter must hold, checked in what it renders before it is printed or sent.
    public var requiredElements: [LetterElement] {
        switch self {
        case .acknowledgement: [.complaint, .contactBy]
        case .delay: [.delayReason, .expectedDate]
        case .closing: [.outcome, .appealBody, .bindingRuling]
        }
    }
}
