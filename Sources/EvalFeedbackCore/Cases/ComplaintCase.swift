/// A complaint case as the register holds it: who, what, its deadlines and where it stands.
///
/// A value: steps are applied by `CaseLifecycle`, which returns the changed case, and the
/// store writes the change and its history entry together.
public struct ComplaintCase: Sendable, Codable, Equatable {
    /// The case number the team uses in every command.
    public let id: Int64
    /// Where the complaint came in.
    public let source: CaseSource
    /// The client organisation; decides the account manager (R15).
    public let client: String?
    /// Who complained (personal data, R16).
    public let contactName: String?
    /// Their email (personal data, R16).
    public let contactEmail: String?
    /// The training concerned.
    public let training: String?
    /// The day of the training, from the evaluation's response; nil for other sources.
    public var trainingDate: LocalDate? = nil
    /// The trainer concerned.
    public let trainer: String?
    /// The client's language: given when the case was registered by hand, else the one the
    /// evaluation's export gave; nil when neither did. Its letters' language (issue 24).
    public var language: LanguageCode? = nil
    /// For an evaluation: its low scores, e.g. `training 5, trainer 4`.
    public let lowScores: String?
    /// What the complaint says.
    public let summary: String?
    /// The day it was registered; every deadline counts from here.
    public let registeredOn: LocalDate
    /// R9.
    public let contactDue: LocalDate
    /// R10, before any extension.
    public let resolutionDue: LocalDate
    /// Where it stands (R12).
    public var state: CaseState
    /// When the client was contacted.
    public var contactedOn: LocalDate?
    /// The account manager: assigned by hand, else the client's, else the configured default;
    /// nil when nobody is (R15).
    public var manager: String?
    /// True when `manager` was assigned by hand with `case assign`.
    public var managerAssigned: Bool
    /// The latest extension (R11).
    public var `extension`: CaseExtension?
    /// The deadline in force that the first late extension was told after (R11's breach,
    /// kept); nil while every extension was told in time.
    public var missedDeadline: LocalDate?
    /// How it was closed.
    public var closing: CaseClosing?
    /// The appeal, if there was one.
    public var appeal: CaseAppeal?
    /// When its personal data and history were deleted (R17): no step is taken on it any more.
    public var purgedOn: LocalDate? = nil

    /// The resolution deadline in both its meanings: the date promised, and whether the
    /// procedure was kept (R10, R11).
    public var deadline: ResolutionDeadline {
        ResolutionDeadline(fourWeeks: resolutionDue, promised: self.extension?.expected, missed: missedDeadline)
    }

    /// The day the case ended (R17's year counts from it): closed, or ruled after an appeal.
    public var endedOn: LocalDate? {
        if let appeal { return appeal.ruledOn }
        return closing?.closedOn
    }

    /// The state in words, with its date, to follow "the case was": `closed (resolved) on 2026-11-30`.
    public var stateDescription: String {
        switch state {
        case .registered: "registered on \(registeredOn) and not yet contacted"
        case .contacted: "contacted on \(contactedOn.map(\.description) ?? "?") and not yet closed"
        case .closed:
            "closed (\(closing?.outcome.rawValue ?? "?")) on \(closing.map(\.closedOn.description) ?? "?")"
        case .appealed: "appealed on \(appeal.map(\.appealedOn.description) ?? "?") and awaits the ruling"
        case .ruled:
            "ruled on \(appeal?.ruledOn.map(\.description) ?? "?"): appeal \(appeal?.ruling?.rawValue ?? "?")"
        }
    }
}
