import GRDB

extension ComplaintCase {
    /// The stored columns a step may change, set to the case's values, for one UPDATE.
    var mutableColumns: [ColumnAssignment] {
        typealias Columns = CaseRecord.Columns
        return [
            Columns.state.set(to: state.rawValue), Columns.contactedOn.set(to: contactedOn?.description),
            Columns.assignedManager.set(to: managerAssigned ? manager : nil),
            Columns.extensionReason.set(to: self.extension?.reason),
            Columns.extensionExpected.set(to: self.extension?.expected.description),
            Columns.extensionToldOn.set(to: self.extension?.toldOn.description),
            Columns.extensionLate.set(to: self.extension?.late ?? false),
            Columns.extendedLate.set(to: missedDeadline != nil),
            Columns.missedDeadline.set(to: missedDeadline?.description),
            Columns.closedOn.set(to: closing?.closedOn.description),
            Columns.outcome.set(to: closing?.outcome.rawValue), Columns.resolution.set(to: closing?.resolution),
            Columns.cause.set(to: closing?.cause), Columns.clientSatisfied.set(to: closing?.clientSatisfied.rawValue),
            Columns.closingEmailOwed.set(to: closing?.emailOwed ?? false),
            Columns.closingEmailSentOn.set(to: closing?.emailSentOn?.description),
            Columns.appealedOn.set(to: appeal?.appealedOn.description),
            Columns.appealThirdParty.set(to: appeal?.thirdParty), Columns.ruling.set(to: appeal?.ruling?.rawValue),
            Columns.ruledOn.set(to: appeal?.ruledOn?.description), Columns.rulingText.set(to: appeal?.rulingText),
            Columns.consequencesDoneOn.set(to: appeal?.consequencesDoneOn?.description),
        ]
    }
}
