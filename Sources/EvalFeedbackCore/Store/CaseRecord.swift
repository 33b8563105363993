import Foundation
import GRDB

/// A case as stored, with its client's account manager and its response's training date and
/// language: the one reader of cases, for the case sheet, each step, the register extract and
/// the report's handling figures.
///
/// Its dates and closed words are read under the policy every reader of cases follows
/// (`StoredCaseColumns`).
struct CaseRecord: FetchableRecord, StoredCaseColumns {
    /// The columns of `source`, by the names the record reads.
    enum Columns {
        static let id = Column("id")
        static let source = Column("source")
        static let client = Column("client")
        static let contactName = Column("contact_name")
        static let contactEmail = Column("contact_email")
        static let training = Column("training")
        static let trainer = Column("trainer")
        static let lowScores = Column("low_scores")
        static let summary = Column("summary")
        static let registeredOn = Column("registered_on")
        static let contactDue = Column("contact_due")
        static let resolutionDue = Column("resolution_due")
        static let state = Column("state")
        static let contactedOn = Column("contacted_on")
        static let closedOn = Column("closed_on")
        static let outcome = Column("outcome")
        static let assignedManager = Column("assigned_manager")
        /// The client's account manager, from the clients file (R15).
        static let clientManager = Column("client_manager")
        static let extensionReason = Column("extension_reason")
        static let extensionExpected = Column("extension_expected")
        static let extensionToldOn = Column("extension_told_on")
        static let extensionLate = Column("extension_late")
        static let resolution = Column("resolution")
        static let cause = Column("cause")
        static let clientSatisfied = Column("client_satisfied")
        static let closingEmailOwed = Column("closing_email_owed")
        static let closingEmailSentOn = Column("closing_email_sent_on")
        static let appealedOn = Column("appealed_on")
        static let appealThirdParty = Column("appeal_third_party")
        static let ruling = Column("ruling")
        static let ruledOn = Column("ruled_on")
        static let rulingText = Column("ruling_text")
        static let consequencesDoneOn = Column("consequences_done_on")
        static let purgedOn = Column("purged_on")
        static let missedDeadline = Column("missed_deadline")
        /// Whether an extension missed a deadline (R11), kept beside `missedDeadline` for
        /// registers older than it; written by each step, not read.
        static let extendedLate = Column("extended_late")
        /// The training's day, from the evaluation's response.
        static let trainingDate = Column("training_date")
        /// Given when registered by hand, else the evaluation's.
        static let language = Column("case_language")

        /// Every column the record reads, in the order `all` selects them: the record reads
        /// each by its position, without looking up its name.
        static let read = [
            id, source, client, contactName, contactEmail, training, trainer, lowScores, summary, registeredOn,
            contactDue, resolutionDue, state, contactedOn, closedOn, outcome, assignedManager, clientManager,
            extensionReason, extensionExpected, extensionToldOn, extensionLate, resolution, cause, clientSatisfied,
            closingEmailOwed, closingEmailSentOn, appealedOn, appealThirdParty, ruling, ruledOn, rulingText,
            consequencesDoneOn, purgedOn, missedDeadline, trainingDate, language,
        ]
    }

    /// Each column's position in `Columns.read`.
    private static let position = Dictionary(
        uniqueKeysWithValues: Columns.read.enumerated().map { ($0.element.name, $0.offset) })

    /// The cases with what their client and response add, under the names of `Columns`.
    private static let source = """
        (SELECT c.id, c.source, c.client, c.contact_name, c.contact_email, c.training, c.trainer, c.low_scores,
                c.summary, c.registered_on, c.contact_due, c.resolution_due, c.state, c.contacted_on, c.closed_on,
                c.outcome, c.assigned_manager, cl.manager_name AS client_manager, c.extension_reason,
                c.extension_expected, c.extension_told_on, c.extension_late, c.resolution, c.cause,
                c.client_satisfied, c.closing_email_owed, c.closing_email_sent_on, c.appealed_on,
                c.appeal_third_party, c.ruling, c.ruled_on, c.ruling_text, c.consequences_done_on, c.purged_on,
                c.missed_deadline, r.training_date, COALESCE(c.language, r.language) AS case_language
         FROM complaint_case c LEFT JOIN client cl ON cl.client_key = c.client_key
              LEFT JOIN response r ON r.id = c.response_id)
        """

    /// The cases `filter` selects, by number.
    static func all(_ filter: SQL) -> SQLRequest<CaseRecord> {
        let columns = Columns.read.map(\.name.quotedDatabaseIdentifier).joined(separator: ", ")
        return SQLRequest("SELECT \(sql: columns) FROM \(sql: source) WHERE \(filter) ORDER BY \(Columns.id)")
    }

    /// The case numbered `id`.
    static func numbered(_ id: Int64) -> SQLRequest<CaseRecord> { all("\(Columns.id) = \(id)") }

    /// The cases registered in `period`, by number.
    static func registered(in period: ReportPeriod) -> SQLRequest<CaseRecord> {
        all("\(Columns.registeredOn) BETWEEN \(period.from.description) AND \(period.to.description)")
    }

    /// The row's values in the order of `Columns.read`, taken while the row is the statement's:
    /// a copied row finds a column by comparing every name lowercased, which made the report
    /// read its quarter's cases at half the speed.
    private let values: [DatabaseValue]
    let id: Int64

    init(row: Row) throws {
        values = Array(row.databaseValues)
        id = row[0]
    }

    /// The stored value of `column`; nil for NULL (or a value of another type).
    private func value<Value: DatabaseValueConvertible>(_ column: Column) -> Value? {
        Value.fromDatabaseValue(stored(column))
    }

    /// The stored value of `column` as SQLite holds it.
    private func stored(_ column: Column) -> DatabaseValue {
        guard let position = Self.position[column.name] else {
            preconditionFailure("CaseRecord reads \(column.name), which is not in Columns.read")
        }
        return values[position]
    }

    /// The case as the domain knows it; the manager is the one assigned by hand, else the
    /// client's, else `defaultManager` (R15).
    func complaintCase(defaultManager: String?) throws(ListError) -> ComplaintCase {
        let assigned: String? = value(Columns.assignedManager)
        let clientManager: String? = value(Columns.clientManager)
        var extended: CaseExtension?
        if let expected = try date(Columns.extensionExpected), let toldOn = try date(Columns.extensionToldOn) {
            extended = CaseExtension(
                reason: value(Columns.extensionReason) ?? "", expected: expected, toldOn: toldOn,
                late: flag(Columns.extensionLate))
        }
        var closing: CaseClosing?
        if let closedOn = try date(Columns.closedOn) {
            closing = CaseClosing(
                closedOn: closedOn, outcome: try known(Columns.outcome, as: CaseOutcome.self) ?? .resolved,
                resolution: value(Columns.resolution) ?? "", cause: value(Columns.cause) ?? "",
                clientSatisfied: try known(Columns.clientSatisfied, as: ClientSatisfaction.self) ?? .unknown,
                emailOwed: flag(Columns.closingEmailOwed), emailSentOn: try date(Columns.closingEmailSentOn))
        }
        var appeal: CaseAppeal?
        if let appealedOn = try date(Columns.appealedOn) {
            appeal = CaseAppeal(
                appealedOn: appealedOn, thirdParty: value(Columns.appealThirdParty),
                ruling: try known(Columns.ruling, as: Ruling.self), ruledOn: try date(Columns.ruledOn),
                rulingText: value(Columns.rulingText), consequencesDoneOn: try date(Columns.consequencesDoneOn))
        }
        var complaint = ComplaintCase(
            id: id, source: try known(Columns.source, as: CaseSource.self) ?? .evaluation,
            client: value(Columns.client),
            contactName: value(Columns.contactName), contactEmail: value(Columns.contactEmail),
            training: value(Columns.training), trainer: value(Columns.trainer), lowScores: value(Columns.lowScores),
            summary: value(Columns.summary), registeredOn: try required(Columns.registeredOn),
            contactDue: try required(Columns.contactDue), resolutionDue: try required(Columns.resolutionDue),
            state: try known(Columns.state, as: CaseState.self) ?? .registered,
            contactedOn: try date(Columns.contactedOn), manager: assigned ?? clientManager ?? defaultManager,
            managerAssigned: assigned != nil, extension: extended, missedDeadline: try date(Columns.missedDeadline),
            closing: closing, appeal: appeal)
        complaint.purgedOn = try date(Columns.purgedOn)
        // The training's day and the language come from the export, read leniently: an odd
        // one is not shown, and the letters fall back to the configured language.
        complaint.trainingDate = lenientDate(Columns.trainingDate)
        complaint.language = (value(Columns.language) as String?).flatMap(LanguageCode.init)
        return complaint
    }

    private func flag(_ column: Column) -> Bool { (value(column) as Int64? ?? 0) != 0 }

    static func name(of column: Column) -> String { column.name }

    func withBytes<Result>(of column: Column, _ body: (UnsafeBufferPointer<UInt8>?) -> Result) -> Result {
        switch stored(column).storage {
        case .null: body(nil)
        case .int64(let number): Self.withUTF8(String(number), body)
        case .double(let number): Self.withUTF8(String(number), body)
        case .string(let text): Self.withUTF8(text, body)
        case .blob(let bytes): bytes.withUnsafeBytes { body($0.assumingMemoryBound(to: UInt8.self)) }
        }
    }

    private static func withUTF8<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>?) -> Result) -> Result {
        var text = text
        return text.withUTF8 { body($0) }
    }
}
