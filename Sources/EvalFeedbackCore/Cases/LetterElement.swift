/// One thing a letter must tell the client, as the procedure requires it.
///
/// Each is a value the letter is rendered with; `letters check` and every letter check that
/// the rendered text and HTML hold it, so that a template edit cannot silently drop it.
public enum LetterElement: String, Sendable, CaseIterable {
    /// The complaint as registered (acknowledgement).
    case complaint
    /// The date by which the account manager makes contact (R9).
    case contactBy = "contact-by date"
    /// Why handling takes longer (R11).
    case delayReason = "reason for the delay"
    /// When the client can expect an answer (R11).
    case expectedDate = "expected date"
    /// What was done (resolved) or why it is unfounded (procedure §3).
    case outcome = "outcome"
    /// The independent third party the client can appeal to (procedure §6).
    case appealBody = "appeal body"
    /// The statement that the third party's ruling binds the academy (procedure §6).
    case bindingRuling = "statement that the ruling binds the academy"
}
