/// One case on the team's follow-up list, with what to do about it today.
public struct FollowUpItem: Sendable, Codable, Equatable {
    /// The case's number, as `case show` takes it.
    public let caseID: Int64
    /// Where the complaint came in.
    public let source: CaseSource
    /// Where the case stands (R12).
    public let state: CaseState
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
    /// The low scores, e.g. `training 5, trainer 4`; for other sources, nil.
    public let lowScores: String?
    /// What the complaint says (an evaluation's comment, or the summary given at intake).
    public let summary: String?
    /// The account manager; nil when unassigned (R15).
    public let manager: String?
    /// When the case was registered.
    public let registeredOn: LocalDate
    /// R9.
    public let contactDue: LocalDate
    /// When the client was contacted, if they were.
    public let contactedOn: LocalDate?
    /// The resolution deadline in force: R10's, or the answer date an extension promised.
    public let resolutionDue: LocalDate
    /// What to do.
    public let action: FollowUpAction
    /// Working days past the deadline `action` names; 0 when not late.
    public let workingDaysOverdue: Int
    /// The action in words, with its date: what the line tells the account manager to do.
    public let todo: String

    /// The item for `current` on `today`.
    init(_ current: ComplaintCase, today: LocalDate, calendar: WorkingDayCalendar) {
        caseID = current.id
        source = current.source
        state = current.state
        client = current.client
        respondent = current.contactName
        respondentEmail = current.contactEmail
        training = current.training
        trainer = current.trainer
        lowScores = current.lowScores
        summary = current.summary
        manager = current.manager
        registeredOn = current.registeredOn
        contactDue = current.contactDue
        contactedOn = current.contactedOn
        resolutionDue = current.currentResolutionDue
        let next = FollowUpItem.nextAction(current, today: today, calendar: calendar)
        action = next.action
        workingDaysOverdue = next.late
        todo = next.todo
    }

    private static func nextAction(_ current: ComplaintCase, today: LocalDate, calendar: WorkingDayCalendar)
        -> (action: FollowUpAction, late: Int, todo: String)
    {
        let id = current.id
        if current.state.isOpen {
            let due = current.currentResolutionDue
            if current.contactedOn == nil, current.contactDue < today {
                let late = calendar.workingDaysOverdue(due: current.contactDue, today: today)
                return (
                    .contactOverdue, late, "Contact the client now: contact was due \(current.contactDue)\(days(late))"
                )
            }
            if current.contactedOn == nil, current.contactDue == today {
                return (.contactDueToday, 0, "Contact the client today, then 'case contact \(id)'")
            }
            if due < today {
                let late = calendar.workingDaysOverdue(due: due, today: today)
                let todo =
                    current.extension == nil
                    ? "Resolution overdue since \(due)\(days(late)): close it, or record the late extension "
                        + "('case extend \(id)')"
                    : "The answer promised for \(due) is late\(days(late)): close it, or tell the client again"
                return (.resolutionOverdue, late, todo)
            }
            let left = calendar.workingDays(after: today, through: due)
            if current.extension == nil, left <= 5 {
                let when =
                    switch left {
                    case _ where due == today: "today"
                    case 0: "\(due) (\(due.weekdayName)): today is the last working day before it"
                    case 1: "\(due), in 1 working day"
                    default: "\(due), in \(left) working days"
                    }
                return (
                    .resolutionDueSoon, 0,
                    "Resolution due \(when): close it, or tell the client why it takes longer ('case extend \(id)')"
                )
            }
            if current.contactedOn == nil { return (.inProgress, 0, "Contact due \(current.contactDue)") }
            let promised = current.extension == nil ? "Resolution due" : "Answer promised by"
            return (.inProgress, 0, "\(promised) \(due)")
        }
        if let closing = current.closing, closing.emailOutstanding {
            return (
                .closingEmailOwed, 0,
                "Send the closing email (closed \(closing.closedOn)), then 'case email-sent \(id)'"
            )
        }
        if let appeal = current.appeal, appeal.consequencesOutstanding {
            return (
                .consequencesOutstanding, 0,
                "Carry out the ruling of \(appeal.ruledOn.map(\.description) ?? "?") (appeal upheld), then "
                    + "'case consequences-done \(id)'"
            )
        }
        let appealed = current.appeal.map { " (appealed \($0.appealedOn))" } ?? ""
        return (.inProgress, 0, "Awaiting the third party's ruling\(appealed)")
    }

    private static func days(_ late: Int) -> String {
        switch late {
        case 0: ""
        case 1: ", 1 working day late"
        default: ", \(late) working days late"
        }
    }
}
