import GRDB

extension ComplaintCase {
    /// The columns `init(row:defaultManager:)` reads, from `complaint_case c LEFT JOIN client cl`.
    static let selection = """
        c.id, c.source, c.client, c.contact_name, c.contact_email, c.training, c.trainer, c.low_scores,
        c.summary, c.registered_on, c.contact_due, c.resolution_due, c.state, c.contacted_on, c.closed_on,
        c.outcome, c.assigned_manager, cl.manager_name, c.extension_reason, c.extension_expected,
        c.extension_told_on, c.extension_late, c.extended_late, c.resolution, c.cause, c.client_satisfied,
        c.closing_email_owed, c.closing_email_sent_on, c.appealed_on, c.appeal_third_party, c.ruling, c.ruled_on,
        c.ruling_text, c.consequences_done_on, c.purged_on
        """

    /// A case as stored; the manager is the one assigned by hand, else the client's, else
    /// `defaultManager` (R15).
    init(row: Row, defaultManager: String?) throws {
        func date(_ column: String) throws -> LocalDate? {
            guard let text = row[column] as String? else { return nil }
            guard let day = LocalDate(text) else { throw ListError.corruptDate(column: column, value: text) }
            return day
        }
        func required(_ column: String) throws -> LocalDate {
            guard let day = try date(column) else { throw ListError.corruptDate(column: column, value: "") }
            return day
        }
        id = row["id"]
        source = CaseSource(rawValue: row["source"]) ?? .evaluation
        client = row["client"]
        contactName = row["contact_name"]
        contactEmail = row["contact_email"]
        training = row["training"]
        trainer = row["trainer"]
        lowScores = row["low_scores"]
        summary = row["summary"]
        registeredOn = try required("registered_on")
        contactDue = try required("contact_due")
        resolutionDue = try required("resolution_due")
        state = CaseState(rawValue: row["state"]) ?? .registered
        contactedOn = try date("contacted_on")
        let assigned: String? = row["assigned_manager"]
        manager = assigned ?? row["manager_name"] ?? defaultManager
        managerAssigned = assigned != nil
        if let expected = try date("extension_expected"), let toldOn = try date("extension_told_on") {
            self.extension = CaseExtension(
                reason: row["extension_reason"] ?? "", expected: expected, toldOn: toldOn, late: row["extension_late"])
        } else {
            self.extension = nil
        }
        extendedLate = row["extended_late"]
        if let closedOn = try date("closed_on") {
            closing = CaseClosing(
                closedOn: closedOn, outcome: CaseOutcome(rawValue: row["outcome"] ?? "") ?? .resolved,
                resolution: row["resolution"] ?? "", cause: row["cause"] ?? "",
                clientSatisfied: ClientSatisfaction(rawValue: row["client_satisfied"] ?? "") ?? .unknown,
                emailOwed: row["closing_email_owed"], emailSentOn: try date("closing_email_sent_on"))
        } else {
            closing = nil
        }
        purgedOn = try date("purged_on")
        if let appealedOn = try date("appealed_on") {
            appeal = CaseAppeal(
                appealedOn: appealedOn, thirdParty: row["appeal_third_party"],
                ruling: (row["ruling"] as String?).flatMap(Ruling.init), ruledOn: try date("ruled_on"),
                rulingText: row["ruling_text"], consequencesDoneOn: try date("consequences_done_on"))
        } else {
            appeal = nil
        }
    }

    /// The stored columns a step may change, with their values, for one UPDATE.
    var mutableColumns: [(String, (any DatabaseValueConvertible)?)] {
        [
            ("state", state.rawValue), ("contacted_on", contactedOn?.description),
            ("assigned_manager", managerAssigned ? manager : nil),
            ("extension_reason", self.extension?.reason), ("extension_expected", self.extension?.expected.description),
            ("extension_told_on", self.extension?.toldOn.description),
            ("extension_late", self.extension?.late ?? false),
            ("extended_late", extendedLate), ("closed_on", closing?.closedOn.description),
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
