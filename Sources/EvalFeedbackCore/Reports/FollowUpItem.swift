/// One case on the team's follow-up list, with what to do about it today.
public struct FollowUpItem: Sendable, Encodable, Equatable {
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
    /// The training's day, when the evaluation gave it.
    public let trainingDate: LocalDate?
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
    /// The same as a value, for pages that word it in the reader's language; not in the JSON,
    /// which has `todo`.
    public let next: FollowUpTodo

    /// The fields the CLI's JSON has, as before `next` was added.
    private enum CodingKeys: String, CodingKey {
        case caseID, source, state, client, respondent, respondentEmail, training, trainer, trainingDate, lowScores
        case summary, manager, registeredOn, contactDue, contactedOn, resolutionDue, action, workingDaysOverdue, todo
    }

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
        trainingDate = current.trainingDate
        lowScores = current.lowScores
        summary = current.summary
        manager = current.manager
        registeredOn = current.registeredOn
        contactDue = current.contactDue
        contactedOn = current.contactedOn
        resolutionDue = current.deadline.promised
        var days = WorkingDaysToday(today: today, calendar: calendar)
        let next = NextAction(current.standing, days: &days)
        action = next.action
        workingDaysOverdue = next.late
        todo = next.line(case: current.id)
        self.next = next.todo
    }

    /// The item `record` describes, with its texts from `texts`, for account manager `manager`.
    init(_ record: FollowUpRecord, in texts: FollowUpTexts, manager: String?) {
        func day(_ number: Int32) -> LocalDate { LocalDate(dayNumber: Int(number)) }
        caseID = record.id
        source = record.source
        state = record.state
        client = texts.text(.client, of: record)
        respondent = texts.text(.respondent, of: record)
        respondentEmail = texts.text(.respondentEmail, of: record)
        training = texts.text(.training, of: record)
        trainer = texts.text(.trainer, of: record)
        trainingDate = record.trainingDate == FollowUpRecord.none ? nil : day(record.trainingDate)
        lowScores = texts.text(.lowScores, of: record)
        summary = texts.text(.summary, of: record)
        self.manager = manager
        registeredOn = day(record.registeredOn)
        contactDue = day(record.contactDue)
        contactedOn = record.contactedOn == FollowUpRecord.none ? nil : day(record.contactedOn)
        resolutionDue = day(record.resolutionDue)
        action = record.action
        workingDaysOverdue = Int(record.late)
        todo = texts.text(.todo, of: record) ?? ""
        next = texts.todo(of: record)
    }
}
