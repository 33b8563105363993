import GRDB

extension ComplaintCase {
    /// The columns `init(row:defaultManager:)` reads, in its order, from `source`.
    static let columns = [
        "c.id", "c.source", "c.client", "c.contact_name", "c.contact_email", "c.training", "c.trainer",
        "c.low_scores", "c.summary", "c.registered_on", "c.contact_due", "c.resolution_due", "c.state",
        "c.contacted_on", "c.closed_on", "c.outcome", "c.assigned_manager", "cl.manager_name", "c.extension_reason",
        "c.extension_expected", "c.extension_told_on", "c.extension_late", "c.resolution",
        "c.cause", "c.client_satisfied", "c.closing_email_owed", "c.closing_email_sent_on", "c.appealed_on",
        "c.appeal_third_party", "c.ruling", "c.ruled_on", "c.ruling_text", "c.consequences_done_on", "c.purged_on",
        "c.missed_deadline", "r.training_date", "COALESCE(c.language, r.language)",
    ]

    /// The select list for `columns`.
    static let selection = columns.joined(separator: ", ")

    /// The tables `columns` come from: the case, its client and the response that raised it.
    static let source = """
        complaint_case c LEFT JOIN client cl ON cl.client_key = c.client_key
        LEFT JOIN response r ON r.id = c.response_id
        """

    /// A case as stored, read from a row of `selection` by position; the manager is the one
    /// assigned by hand, else the client's, else `defaultManager` (R15).
    init(row: Row, defaultManager: String?) throws {
        var column = 0
        func next() -> String? {
            defer { column += 1 }
            return row[column]
        }
        func flag() -> Bool {
            defer { column += 1 }
            return (row[column] as Int64? ?? 0) != 0
        }
        func date() throws -> LocalDate? {
            let name = Self.columns[column]
            guard let text = next() else { return nil }
            guard let day = LocalDate(text) else { throw ListError.corruptDate(column: name, value: text) }
            return day
        }
        func required() throws -> LocalDate {
            let name = Self.columns[column]
            guard let day = try date() else { throw ListError.corruptDate(column: name, value: "") }
            return day
        }
        id = row[0] as Int64? ?? 0
        column = 1
        source = next().flatMap(CaseSource.init) ?? .evaluation
        client = next()
        contactName = next()
        contactEmail = next()
        training = next()
        trainer = next()
        lowScores = next()
        summary = next()
        registeredOn = try required()
        contactDue = try required()
        resolutionDue = try required()
        state = next().flatMap(CaseState.init) ?? .registered
        contactedOn = try date()
        let closedOn = try date()
        let outcome = next()
        let assigned = next()
        let clientManager = next()
        manager = assigned ?? clientManager ?? defaultManager
        managerAssigned = assigned != nil
        let extensionReason = next()
        let expected = try date()
        let toldOn = try date()
        let extensionLate = flag()
        if let expected, let toldOn {
            self.extension = CaseExtension(
                reason: extensionReason ?? "", expected: expected, toldOn: toldOn, late: extensionLate)
        } else {
            self.extension = nil
        }
        let resolution = next()
        let cause = next()
        let satisfied = next()
        let emailOwed = flag()
        let emailSentOn = try date()
        if let closedOn {
            closing = CaseClosing(
                closedOn: closedOn, outcome: CaseOutcome(rawValue: outcome ?? "") ?? .resolved,
                resolution: resolution ?? "", cause: cause ?? "",
                clientSatisfied: ClientSatisfaction(rawValue: satisfied ?? "") ?? .unknown,
                emailOwed: emailOwed, emailSentOn: emailSentOn)
        } else {
            closing = nil
        }
        let appealedOn = try date()
        let thirdParty = next()
        let ruling = next()
        let ruledOn = try date()
        let rulingText = next()
        let consequencesDoneOn = try date()
        purgedOn = try date()
        missedDeadline = try date()
        // A training date comes from the export, read leniently: an odd one is not shown.
        trainingDate = next().flatMap(LocalDate.init)
        // Hand-registered, or from the response that raised it; stored normalised, read leniently.
        language = next().flatMap(LanguageCode.init)
        if let appealedOn {
            appeal = CaseAppeal(
                appealedOn: appealedOn, thirdParty: thirdParty, ruling: ruling.flatMap(Ruling.init), ruledOn: ruledOn,
                rulingText: rulingText, consequencesDoneOn: consequencesDoneOn)
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
