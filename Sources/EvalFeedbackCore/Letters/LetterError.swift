/// Why a letter was not made: it would lack something the procedure requires, or a template
/// is broken. Nothing was printed, sent or recorded.
public enum LetterError: Error, Equatable, CustomStringConvertible {
    /// The case holds no usable email address for the client.
    case noRecipient(caseID: Int64, given: String?)
    /// A delay letter needs a recorded extension (R11).
    case noExtension(caseID: Int64)
    /// The extension's expected date does not lie after the day the client was told (R11).
    case expectedNotAfterTold(caseID: Int64, expected: LocalDate, toldOn: LocalDate)
    /// A closing letter needs a closed case.
    case notClosed(caseID: Int64, state: String)
    /// An acknowledgement or a delay letter is for a case still being handled.
    case notOpen(caseID: Int64, kind: LetterKind, state: String)
    /// A closing letter needs the appeal route (procedure §6).
    case noAppealBody
    /// Every message needs a sender.
    case noSender
    /// A template renders without an element its letter must hold.
    case elementDropped(file: String, element: LetterElement)
    /// A template cannot be read or parsed.
    case badTemplate(file: String, problem: String)
    /// No template for this letter, language and part, neither the academy's nor shipped.
    case noTemplate(name: String)

    /// The message for the user.
    public var description: String {
        switch self {
        case .noRecipient(let id, let given):
            let what =
                given.map { "'\(MailText.oneLine($0))' is not a usable email address" }
                ?? "no email address is recorded"
            return "case \(id): \(what) for the client, so no letter can go to them; write to them another way and "
                + "record it with 'evalfeedback case note \(id) TEXT'. Nothing was sent."
        case .noExtension(let id):
            return "case \(id): no extension recorded, so a delay letter would have no reason and no expected date "
                + "(R11); record it first with 'evalfeedback case extend \(id) --reason TEXT --expected DATE'. "
                + "Nothing was sent."
        case .expectedNotAfterTold(let id, let expected, let toldOn):
            return "case \(id): the expected date (\(expected)) does not lie after the day the client was told "
                + "(\(toldOn)); record the extension again with the date promised. Nothing was sent."
        case .notClosed(let id, let state):
            return "case \(id): a closing letter needs a closed case, and the case was \(state); close it first with "
                + "'evalfeedback case close \(id)'. Nothing was sent."
        case .notOpen(let id, let kind, let state):
            return
                "case \(id): a\(kind == .acknowledgement ? "n" : "") \(kind.rawValue) letter is for a case still being "
                + "handled, and the case was \(state); send the closing letter instead "
                + "('evalfeedback case letter \(id) closing'). Nothing was sent."
        case .noAppealBody:
            return "no appeal body configured: a closing letter must name the independent third party whose ruling "
                + "binds the academy (procedure §6); set letters.appeal_body in the config file. Nothing was sent."
        case .noSender:
            return "no sender configured: set mail.from in the config file, e.g. 'Academie <klachten@academie.nl>'. "
                + "Nothing was sent."
        case .elementDropped(let file, let element):
            return "\(file): the letter it renders lacks the \(element.rawValue); put it back in the template "
                + "(see docs/letters.md)."
        case .badTemplate(let file, let problem):
            return "\(file): \(problem); fix the template (see docs/letters.md)."
        case .noTemplate(let name):
            return "no template \(name), neither in letters.templates nor shipped with evalfeedback."
        }
    }
}
