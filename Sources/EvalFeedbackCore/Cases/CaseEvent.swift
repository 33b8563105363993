/// One entry of a case's history (R13): what happened, when, who did it, and a note.
public struct CaseEvent: Sendable, Codable, Equatable {
    /// What kind of step it was.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case registered
        case contacted
        case note
        case extended
        case closed
        case closingEmailSent = "closing-email-sent"
        case appealed
        case ruled
        case consequencesDone = "consequences-done"
        case assigned
        /// A letter went to the client (R13): its kind, recipient and fingerprint in the note.
        case letterSent = "letter-sent"
    }

    /// Who the history names for a case the import opened (R3): the CLI's command, which pages
    /// word in their own language.
    public static let importActor = "evalfeedback import"

    /// The day it happened.
    public let on: LocalDate
    /// What happened.
    public let kind: Kind
    /// Who recorded it.
    public let actor: String
    /// What they wrote, or the step's details.
    public let note: String?

    /// An entry for the history.
    public init(on: LocalDate, kind: Kind, actor: String, note: String?) {
        self.on = on
        self.kind = kind
        self.actor = actor
        self.note = note
    }
}
