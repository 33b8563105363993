/// One step of the procedure taken on a case (R11-R15), as the team records it.
public enum CaseStep: Sendable, Equatable {
    /// The account manager contacted the client (R9).
    case contact(on: LocalDate, note: String?)
    /// Internal coordination: the delivering unit, facilities, a supplier, the client.
    case note(on: LocalDate, text: String)
    /// The client was told why it takes longer and when to expect an answer (R11).
    case extend(reason: String, expected: LocalDate, toldOn: LocalDate)
    /// Closed as resolved or unfounded (procedure §3); `emailSentOn` when the email went at once.
    case close(
        on: LocalDate, outcome: CaseOutcome, resolution: String, cause: String, satisfied: ClientSatisfaction,
        emailOwed: Bool, emailSentOn: LocalDate?)
    /// The closing email was sent (R14).
    case emailSent(on: LocalDate)
    /// The client appealed to the independent third party (procedure §6).
    case appeal(on: LocalDate, thirdParty: String?)
    /// The third party's binding ruling.
    case ruling(Ruling, on: LocalDate, text: String)
    /// An upheld ruling's consequences were carried out.
    case consequencesDone(on: LocalDate)
    /// The case goes to this account manager (R15).
    case assign(manager: String, on: LocalDate)

    /// The step's name as commands and history show it.
    public var name: String {
        switch self {
        case .contact: "contact"
        case .note: "note"
        case .extend: "extend"
        case .close: "close"
        case .emailSent: "email-sent"
        case .appeal: "appeal"
        case .ruling: "ruling"
        case .consequencesDone: "consequences-done"
        case .assign: "assign"
        }
    }

    /// The option a step's day is given with, for messages.
    public var dateOption: String {
        switch self {
        case .extend: "--told-on"
        case .assign: "--as-of"
        default: "--on"
        }
    }

    /// The day the step happened.
    public var day: LocalDate {
        switch self {
        case .contact(let on, _), .note(let on, _), .close(let on, _, _, _, _, _, _), .emailSent(let on),
            .appeal(let on, _), .ruling(_, let on, _), .consequencesDone(let on), .assign(_, let on):
            on
        case .extend(_, _, let toldOn): toldOn
        }
    }
}
