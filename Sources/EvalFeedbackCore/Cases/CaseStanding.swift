/// What a case's next action depends on: its deadlines and where it stands, without its texts
/// or its number.
///
/// The follow-up list reads only these from each of a hundred thousand stored cases, and many
/// cases stand alike; a case sheet takes them from the whole case (`ComplaintCase.standing`).
/// One set of facts, so that both say the same.
struct CaseStanding: Hashable {
    /// Registered or contacted: still being handled (R12).
    let isOpen: Bool
    /// Appealed, and the third party has not ruled yet (R12).
    let awaitingRuling: Bool
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

extension CaseStanding {
    /// The standing of a case from its facts as stored: one spelling of what an extension
    /// (R11), an owed closing email (R14) and an upheld ruling (procedure §6) make of them, for
    /// the whole case and for the follow-up list's stored rows alike.
    ///
    /// `promised` is the date an extension promised; it counts only when the extension was
    /// told (`extensionToldOn`).
    init(
        state: CaseState, contactDue: LocalDate, contactedOn: LocalDate?, fourWeeks: LocalDate, promised: LocalDate?,
        extensionToldOn: LocalDate?, closedOn: LocalDate?, closingEmailOwed: Bool, closingEmailSentOn: LocalDate?,
        appealedOn: LocalDate?, ruledOn: LocalDate?, ruling: Ruling?, consequencesDoneOn: LocalDate?
    ) {
        let extended = promised != nil && extensionToldOn != nil
        self.init(
            isOpen: state.isOpen, awaitingRuling: state == .appealed, contactDue: contactDue, contactedOn: contactedOn,
            resolutionDue: ResolutionDeadline(fourWeeks: fourWeeks, promised: extended ? promised : nil).promised,
            extended: extended, closedOn: closedOn,
            closingEmailOutstanding: closedOn != nil && closingEmailOwed && closingEmailSentOn == nil,
            appealedOn: appealedOn, ruledOn: appealedOn == nil ? nil : ruledOn,
            consequencesOutstanding: appealedOn != nil && ruling == .upheld && consequencesDoneOn == nil)
    }

    /// On the follow-up list: still being handled or awaiting a ruling, or still owing the
    /// client something (R12, R14, procedure §6).
    var isOnFollowUpList: Bool { isOpen || awaitingRuling || closingEmailOutstanding || consequencesOutstanding }
}

extension ComplaintCase {
    /// The facts its next action depends on.
    var standing: CaseStanding {
        CaseStanding(
            state: state, contactDue: contactDue, contactedOn: contactedOn, fourWeeks: resolutionDue,
            promised: self.extension?.expected, extensionToldOn: self.extension?.toldOn, closedOn: closing?.closedOn,
            closingEmailOwed: closing?.emailOwed ?? false, closingEmailSentOn: closing?.emailSentOn,
            appealedOn: appeal?.appealedOn, ruledOn: appeal?.ruledOn, ruling: appeal?.ruling,
            consequencesDoneOn: appeal?.consequencesDoneOn)
    }
}
