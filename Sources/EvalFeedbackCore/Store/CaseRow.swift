/// A case about to be registered, ready to bind (R3, R7): its texts in place, so that an
/// import that registers a case for every eighth response copies nothing. Every case, from
/// an import or by hand, is registered through `CaseInsert` from one of these.
struct CaseRow {
    /// The response that raised it; nil for a case registered by hand (R7).
    let responseID: Int64?
    let source: CaseSource
    let client: BoundText
    /// The key of the client's name (R15).
    let clientKey: BoundText
    let contactName: BoundText
    let contactEmail: BoundText
    let training: BoundText
    let trainer: BoundText
    /// The low scores that raised the flag, as the case lists them (`LowScore.text`); NULL for
    /// a case without any.
    let lowScores: BoundText
    let summary: BoundText
    let days: CaseDays
    /// The client's language code; NULL when not known.
    let language: BoundText
    /// The first history step's note.
    let note: BoundText
}

/// The day a case is registered and its deadlines (R9, R10), as stored: the same few days
/// recur for thousands of cases, so their texts are made once.
struct CaseDays {
    let registered: String
    let contactDue: String
    let resolutionDue: String

    init(registered: LocalDate, deadlines: Deadlines) {
        self.registered = registered.description
        contactDue = deadlines.contactDue.description
        resolutionDue = deadlines.resolutionDue.description
    }
}
