/// The case an import opens for a flagged plain response (R3), ready to bind: its texts are the
/// response row's own, in place, so that registering a case copies nothing.
///
/// It holds what `NewCase(flagged:)` and `NewCase.insert` would store for the same response;
/// `PlainReadingTests` compares the two readings' registers row for row.
struct CaseRow {
    let responseID: Int64
    let response: ResponseRow
    /// The low scores that raised the flag, as the case lists them.
    let lowScores: String
    let days: CaseDays
    /// The first history step's note.
    let note: String
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
