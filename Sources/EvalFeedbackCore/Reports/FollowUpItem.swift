/// One open case on the team's follow-up list, with what is urgent about it.
public struct FollowUpItem: Sendable, Codable, Equatable {
    /// How urgent a case is, in the order the list shows them.
    public enum Urgency: String, Sendable, Codable, Comparable {
        /// The client should have been contacted already (R9).
        case contactOverdue = "contact overdue"
        /// Contact is due by the end of today (R9).
        case contactDueToday = "contact due today"
        /// Past the four weeks (R10).
        case resolutionOverdue = "resolution overdue"
        /// Contact due later, or contacted and resolution not yet due.
        case open

        private var rank: Int {
            switch self {
            case .contactOverdue: 0
            case .contactDueToday: 1
            case .resolutionOverdue, .open: 2
            }
        }

        /// More urgent first.
        public static func < (lhs: Urgency, rhs: Urgency) -> Bool { lhs.rank < rhs.rank }
    }

    /// The case's number, as `case show` takes it.
    public let caseID: Int64
    /// Where the complaint came in.
    public let source: CaseSource
    /// The client organisation.
    public let client: String?
    /// Who complained (personal data, R16).
    public let respondent: String?
    /// Their email (personal data, R16).
    public let respondentEmail: String?
    /// The training concerned.
    public let training: String?
    /// The trainer concerned.
    public let trainer: String?
    /// The low scores, e.g. `training 5, trainer 4`.
    public let lowScores: String?
    /// The client's account manager; nil when unassigned (R15).
    public let manager: String?
    /// When the case was registered.
    public let registeredOn: LocalDate
    /// R9.
    public let contactDue: LocalDate
    /// When the client was contacted, if they were.
    public let contactedOn: LocalDate?
    /// R10.
    public let resolutionDue: LocalDate
    /// What makes this case urgent.
    public let urgency: Urgency
    /// Working days past the deadline that `urgency` names; 0 when not late.
    public let workingDaysOverdue: Int

    /// What to do, in words: `contact overdue, 2 working days`, `contact due today`, `resolution due 2026-12-21`.
    public var status: String {
        switch urgency {
        case .contactOverdue: "contact overdue\(lateness)"
        case .contactDueToday: "contact due today"
        case .resolutionOverdue: "resolution overdue\(lateness)"
        case .open: contactedOn == nil ? "contact due \(contactDue)" : "resolution due \(resolutionDue)"
        }
    }

    private var lateness: String {
        switch workingDaysOverdue {
        case 0: ""
        case 1: ", 1 working day"
        default: ", \(workingDaysOverdue) working days"
        }
    }
}
