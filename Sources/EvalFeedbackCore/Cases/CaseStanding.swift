/// What a case's next action depends on: its deadlines and where it stands, without its texts
/// or its number.
///
/// The follow-up list reads only these from each of a hundred thousand stored cases, and many
/// cases stand alike; a case sheet takes them from the whole case (`ComplaintCase.standing`).
/// One set of facts, so that both say the same.
struct CaseStanding: Hashable {
    /// Registered or contacted: still being handled (R12).
    let isOpen: Bool
    /// R9.
    let contactDue: LocalDate
    /// When the client was contacted, if they were.
    let contactedOn: LocalDate?
    /// The resolution deadline in force: R10's, or the date an extension promised (R11).
    let resolutionDue: LocalDate
    /// True when an extension was recorded (R11).
    let extended: Bool
    /// When the case was closed, if it was.
    let closedOn: LocalDate?
    /// Closed, and the closing email owed to the client not yet sent (R14).
    let closingEmailOutstanding: Bool
    /// When it was appealed, if it was.
    let appealedOn: LocalDate?
    /// When the third party ruled, if it did.
    let ruledOn: LocalDate?
    /// An upheld ruling whose consequences are not yet carried out (procedure §6).
    let consequencesOutstanding: Bool
}

extension ComplaintCase {
    /// The facts its next action depends on.
    var standing: CaseStanding {
        CaseStanding(
            isOpen: state.isOpen, contactDue: contactDue, contactedOn: contactedOn,
            resolutionDue: deadline.promised, extended: self.extension != nil, closedOn: closing?.closedOn,
            closingEmailOutstanding: closing?.emailOutstanding ?? false, appealedOn: appeal?.appealedOn,
            ruledOn: appeal?.ruledOn, consequencesOutstanding: appeal?.consequencesOutstanding ?? false)
    }
}
