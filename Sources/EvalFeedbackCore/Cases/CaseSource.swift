/// Where a complaint came in (procedure §1, R7): every source follows the same route.
public enum CaseSource: String, Sendable, Codable, CaseIterable {
    /// A low score on an evaluation (R3).
    case evaluation
    /// Told to any employee.
    case oral
    /// By email.
    case email
    /// The website's contact form.
    case contactForm = "contact-form"
    /// The website's chat.
    case chat
    /// A note written on an evaluation form.
    case evaluationNote = "evaluation-note"
}
