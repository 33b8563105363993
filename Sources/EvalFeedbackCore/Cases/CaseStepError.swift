/// Why a step was refused. The register is unchanged; the message says what can be done instead.
public enum CaseStepError: Error, Equatable, CustomStringConvertible {
    /// No case has this number.
    case unknownCase(Int64)
    /// The step is impossible in the case's state (R12).
    case impossible(caseID: Int64, step: String, state: String, instead: String)
    /// The step's date lies before an earlier step it follows.
    case beforeEarlierStep(
        caseID: Int64, step: String, date: LocalDate, earlier: String, earlierDate: LocalDate, option: String)
    /// The step's date lies after today: steps are recorded once they happened.
    case inTheFuture(step: String, date: LocalDate, today: LocalDate)
    /// A date that must lie ahead does not, or lies unreasonably far ahead.
    case badExpectedDate(caseID: Int64, date: LocalDate, reason: String)
    /// The cause is not one of the configured categories.
    case unknownCause(String, known: [String])
    /// A text the step needs is empty.
    case emptyText(field: String)
    /// A name the step needs is missing: who complained, the client, the account manager.
    case missingName(field: String, advice: String)

    /// The message for the user.
    public var description: String {
        switch self {
        case .unknownCase(let id):
            "there is no case \(id); 'evalfeedback followups' lists the open cases with their numbers."
        case .impossible(let id, let step, let state, let instead):
            "case \(id): '\(step)' is not possible, because the case was \(state). \(instead) Nothing was changed."
        case .beforeEarlierStep(let id, let step, let date, let earlier, let earlierDate, let option):
            "case \(id): \(step) on \(date) would come before it was \(earlier) (\(earlierDate)); "
                + "give the date it happened (\(option) yyyy-MM-dd). Nothing was changed."
        case .inTheFuture(let step, let date, let today):
            "\(step) on \(date) lies after today (\(today)); record a step once it has happened. Nothing was changed."
        case .badExpectedDate(let id, let date, let reason):
            "case \(id): expected answer date \(date) \(reason). Nothing was changed."
        case .unknownCause(let cause, let known):
            "'\(cause)' is not a cause category; use one of \(known.joined(separator: ", ")) "
                + "(the list is set by 'causes' in the config file). Nothing was changed."
        case .emptyText(let field):
            "\(field) is empty; say in a few words what happened. Nothing was changed."
        case .missingName(let field, let advice):
            "\(field) is missing; \(advice). Nothing was changed."
        }
    }
}
