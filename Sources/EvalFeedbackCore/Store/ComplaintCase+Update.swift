import GRDB

extension ComplaintCase {
    /// The stored columns a step may change, with their values, for one UPDATE.
    var mutableColumns: [(String, (any DatabaseValueConvertible)?)] {
        [
            ("state", state.rawValue), ("contacted_on", contactedOn?.description),
            ("assigned_manager", managerAssigned ? manager : nil),
            ("extension_reason", self.extension?.reason), ("extension_expected", self.extension?.expected.description),
            ("extension_told_on", self.extension?.toldOn.description),
            ("extension_late", self.extension?.late ?? false),
            ("extended_late", missedDeadline != nil), ("missed_deadline", missedDeadline?.description),
            ("closed_on", closing?.closedOn.description),
            ("outcome", closing?.outcome.rawValue), ("resolution", closing?.resolution), ("cause", closing?.cause),
            ("client_satisfied", closing?.clientSatisfied.rawValue),
            ("closing_email_owed", closing?.emailOwed ?? false),
            ("closing_email_sent_on", closing?.emailSentOn?.description),
            ("appealed_on", appeal?.appealedOn.description),
            ("appeal_third_party", appeal?.thirdParty), ("ruling", appeal?.ruling?.rawValue),
            ("ruled_on", appeal?.ruledOn?.description), ("ruling_text", appeal?.rulingText),
            ("consequences_done_on", appeal?.consequencesDoneOn?.description),
        ]
    }
}
