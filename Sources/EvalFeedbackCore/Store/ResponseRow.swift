/// One response as the register stores it, ready to bind: from a plain record's bytes in
/// place, or from the general reading's strings.
struct ResponseRow {
    var key: BoundText
    var line: Int
    var externalID: BoundText
    var submittedAt: BoundText
    var reportDate: BoundText
    var training: BoundText
    var trainingDate: BoundText
    var trainer: BoundText
    var client: BoundText
    var clientKey: BoundText
    var respondentName: BoundText
    var respondentEmail: BoundText
    var scores: ScoreVector
    var comment: BoundText
    var flagged: Bool
    var warnings: BoundText
    var complete: Bool
    var form: BoundText
    /// The respondent's language code, normalised (`nl`); NULL for a response read plainly,
    /// whose file has no language column.
    var language: BoundText
}
