/// What the follow-up list asks of the account manager for a case today, as a value: the
/// decision (`NextAction` makes it, R9-R14) apart from its words, so that the CLI's English line
/// and the web pages' Dutch and English lines word one decision.
public enum FollowUpTodo: Sendable, Hashable {
    /// The client was not contacted by `due`, `late` working days ago (R9).
    case contactOverdue(due: LocalDate, late: Int)
    /// Contact is due by the end of today (R9).
    case contactToday
    /// The answer an extension promised for `due` is `late` working days late (R11).
    case promisedAnswerLate(due: LocalDate, late: Int)
    /// R10's resolution deadline `due` passed `late` working days ago, with no extension.
    case resolutionOverdue(due: LocalDate, late: Int)
    /// Resolution is due on `due`, `workingDaysLeft` working days away (0 when today is the last
    /// working day before it, `dueToday` when it is today), and no extension is recorded (R11).
    case resolutionDueSoon(due: LocalDate, workingDaysLeft: Int, dueToday: Bool)
    /// Nothing due today; contact is due on the day given (R9).
    case contactDue(LocalDate)
    /// Nothing due today; resolution is due on the day given (R10).
    case resolutionDue(LocalDate)
    /// Nothing due today; an extension promised the answer by the day given (R11).
    case answerPromised(LocalDate)
    /// The case closed on `closedOn` and its closing email is still owed (R14).
    case sendClosingEmail(closedOn: LocalDate)
    /// An upheld ruling of `ruledOn` still has to be carried out (procedure §6).
    case carryOutRuling(ruledOn: LocalDate?)
    /// An appeal made on `appealedOn` awaits the third party's ruling.
    case awaitingRuling(appealedOn: LocalDate?)
}
