/// What the follow-up list asks of the account manager for one case today, most urgent first.
public enum FollowUpAction: String, Sendable, Codable, Comparable, CaseIterable {
    /// The client should have been contacted already (R9).
    case contactOverdue = "contact-overdue"
    /// Contact is due by the end of today (R9).
    case contactDueToday = "contact-due-today"
    /// Past the four weeks, or past the answer date an extension promised (R10, R11).
    case resolutionOverdue = "resolution-overdue"
    /// Resolution due within five working days and no extension recorded: tell the client now (R11).
    case resolutionDueSoon = "resolution-due-soon"
    /// Closed, but the closing email owed to the client has not been sent (R14).
    case closingEmailOwed = "closing-email-owed"
    /// An upheld ruling's consequences are not yet carried out (procedure §6).
    case consequencesOutstanding = "consequences-outstanding"
    /// Nothing due today: contact or resolution due later, or an appeal awaiting its ruling.
    case inProgress = "in-progress"

    /// True when something must be done today.
    public var needsAction: Bool { self != .inProgress }

    /// How the list's summary counts it.
    public var label: String {
        switch self {
        case .contactOverdue: "contact overdue"
        case .contactDueToday: "contact due today"
        case .resolutionOverdue: "resolution overdue"
        case .resolutionDueSoon: "resolution due soon"
        case .closingEmailOwed: "closing email owed"
        case .consequencesOutstanding: "ruling to carry out"
        case .inProgress: "in progress"
        }
    }

    /// Its place in urgency, most urgent 0.
    var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    /// More urgent first.
    public static func < (lhs: FollowUpAction, rhs: FollowUpAction) -> Bool { lhs.rank < rhs.rank }
}
