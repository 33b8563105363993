import GRDB

/// A stored case that may belong on a follow-up list, read in place from the row SQLite is
/// on: numbers and dates as typed values, texts as their bytes. Valid only inside the call
/// that hands it (`FollowUpCandidates.each`), so that a hundred thousand cases cost no
/// `String` per cell. Whether it is listed, and what it needs next, the list decides.
///
/// Its dates and closed words are read under the policy every reader of cases follows
/// (`StoredCaseColumns`), on the bytes in place.
struct FollowUpCandidate: StoredCaseColumns {
    /// A text the list shows.
    enum Text: CaseIterable {
        case client, contactName, contactEmail, training, trainer, lowScores, summary
    }

    fileprivate let row: RowWalk.Columns
    /// The case's number.
    let id: Int64
    /// Where it stands (R12): read once, as each candidate is handed, so that a state this
    /// version does not know stops the list whoever reads the candidates.
    private(set) var state: CaseState

    /// The case `row` is on.
    fileprivate init(row: RowWalk.Columns) throws(ListError) {
        self.row = row
        id = row.integer(Column.id.rawValue) ?? 0
        state = .registered
        state = try known(.state, as: CaseState.self) ?? .registered
    }

    /// `text`'s bytes; nil when none is stored.
    func bytes(_ text: Text) -> UnsafeBufferPointer<UInt8>? {
        row.bytes(Column(text).rawValue)
    }

    /// The account manager assigned by hand with `case assign`.
    var assignedManager: String? { row.text(Column.assignedManager.rawValue) }
    /// The client's account manager, from the clients file (R15).
    var clientManager: String? { row.text(Column.clientManager.rawValue) }
    /// The training's day, read leniently: an odd one is not shown.
    var trainingDate: LocalDate? { lenientDate(.trainingDate) }

    /// Where the complaint came in.
    func source() throws -> CaseSource { try known(.source, as: CaseSource.self) ?? .evaluation }
    /// The day it was registered.
    func registeredOn() throws -> LocalDate { try required(.registeredOn) }

    /// What its next action depends on. A column the standing does not depend on is not read,
    /// as the case record does not read it either (`CaseRecord.complaintCase`): an extension's
    /// day told without its promised day, a closing's columns without the day it closed, an
    /// appeal's without the day it was made: both readers refuse the same values, and a hundred
    /// thousand cases do not read columns that are NULL for most of them.
    func standing() throws -> CaseStanding {
        let promised = try date(.extensionExpected)
        let closedOn = try date(.closedOn)
        let appealedOn = try date(.appealedOn)
        var extensionToldOn: LocalDate?
        if promised != nil { extensionToldOn = try date(.extensionToldOn) }
        var closingEmailSentOn: LocalDate?
        if closedOn != nil { closingEmailSentOn = try date(.closingEmailSentOn) }
        var (ruledOn, ruling, consequencesDoneOn): (LocalDate?, Ruling?, LocalDate?)
        if appealedOn != nil {
            (ruledOn, ruling) = (try date(.ruledOn), try known(.ruling, as: Ruling.self))
            consequencesDoneOn = try date(.consequencesDoneOn)
        }
        return CaseStanding(
            state: state, contactDue: try required(.contactDue), contactedOn: try date(.contactedOn),
            fourWeeks: try required(.resolutionDue), promised: promised, extensionToldOn: extensionToldOn,
            closedOn: closedOn,
            closingEmailOwed: closedOn != nil && (row.integer(Column.closingEmailOwed.rawValue) ?? 0) != 0,
            closingEmailSentOn: closingEmailSentOn, appealedOn: appealedOn, ruledOn: ruledOn, ruling: ruling,
            consequencesDoneOn: consequencesDoneOn)
    }

    static func name(of column: Column) -> String { column.name }

    func withBytes<Result>(of column: Column, _ body: (UnsafeBufferPointer<UInt8>?) -> Result) -> Result {
        body(row.bytes(column.rawValue))
    }

    /// The columns of `FollowUpCandidates.sql`, by position.
    enum Column: Int32 {
        case id, source, client, contactName, contactEmail, training, trainer, lowScores, summary, registeredOn
        case contactDue, resolutionDue, state, contactedOn, assignedManager, clientManager, extensionExpected
        case extensionToldOn, closedOn, closingEmailOwed, closingEmailSentOn, appealedOn, ruling, ruledOn
        case consequencesDoneOn, trainingDate

        init(_ text: Text) {
            self =
                switch text {
                case .client: .client
                case .contactName: .contactName
                case .contactEmail: .contactEmail
                case .training: .training
                case .trainer: .trainer
                case .lowScores: .lowScores
                case .summary: .summary
                }
        }

        /// The stored column's name, as `CaseRecord` names it, for a message about a value
        /// that is not what it should be.
        var name: String {
            let names = [
                "id", "source", "client", "contact_name", "contact_email", "training", "trainer", "low_scores",
                "summary", "registered_on", "contact_due", "resolution_due", "state", "contacted_on",
                "assigned_manager", "client_manager", "extension_expected", "extension_told_on", "closed_on",
                "closing_email_owed", "closing_email_sent_on", "appealed_on", "ruling", "ruled_on",
                "consequences_done_on", "training_date",
            ]
            return names[Int(rawValue)]
        }
    }
}

/// One part of the register's cases that may belong on a follow-up list on `today`: those
/// still being handled or still owing the client something, registered by today and not
/// purged, numbered `ids`.
struct FollowUpCandidates {
    fileprivate let db: Database
    fileprivate let today: LocalDate
    fileprivate let ids: ClosedRange<Int64>
    /// How many cases to make room for: an upper bound, kept modest.
    let room: Int
    /// Every account manager the register knows, read with the cases (`AppDatabase.managers`).
    let managers: [String]

    /// Only cases that may be one manager's, when set.
    fileprivate let narrowing: ManagerNarrowing?

    /// The cases numbered `ids` as `db` holds them; only those `narrowing` keeps, when set.
    init(
        db: Database, today: LocalDate, ids: ClosedRange<Int64>, room: Int, managers: [String],
        narrowing: ManagerNarrowing? = nil
    ) {
        self.db = db
        self.today = today
        self.ids = ids
        self.room = room
        self.managers = managers
        self.narrowing = narrowing
    }

    /// A superset of the cases `CaseStanding.isOnFollowUpList` keeps, and every case whose
    /// state this version does not know; only the columns the list shows or decides by, in
    /// `Column` order.
    ///
    /// The unknown states are found in the same pass over the cases: with no index on state
    /// (migration v8 dropped it for the import's sake, and a partial index of the unknown states
    /// cost a million-response import about 5%), a pass of their own over every case before the
    /// list cost `followups` on 119,000 open cases about a tenth of its CPU time. Such a case
    /// stops the list as it is handed (`each`), as it stops `CaseRecord`.
    private static let sql = """
        SELECT c.id, c.source, c.client, c.contact_name, c.contact_email, c.training, c.trainer, c.low_scores,
               c.summary, c.registered_on, c.contact_due, c.resolution_due, c.state, c.contacted_on,
               c.assigned_manager, cl.manager_name, c.extension_expected, c.extension_told_on, c.closed_on,
               c.closing_email_owed, c.closing_email_sent_on, c.appealed_on, c.ruling, c.ruled_on,
               c.consequences_done_on, r.training_date
        FROM complaint_case c LEFT JOIN client cl ON cl.client_key = c.client_key
             LEFT JOIN response r ON r.id = c.response_id
        WHERE (c.state IN ('registered', 'contacted', 'appealed')
               OR (c.closing_email_owed = 1 AND c.closing_email_sent_on IS NULL)
               OR (c.ruling = 'upheld' AND c.consequences_done_on IS NULL)
               OR c.state NOT IN (\(CaseState.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", "))))
          AND c.registered_on <= ? AND c.purged_on IS NULL AND c.id BETWEEN ? AND ?
        """

    /// Hands each case, by number, to `body`; throws for a state this version does not know.
    func each(_ body: (FollowUpCandidate) throws -> Void) throws {
        var sql = Self.sql
        var arguments: StatementArguments = [today.description, ids.lowerBound, ids.upperBound]
        if let narrowing {
            // The case's manager is the one assigned by hand, else the client's (R15); the
            // default manager is never narrowed to (`ManagerNarrowing`). The clients' keys are
            // looked up once, in a list SQLite makes for the query, rather than the client's
            // manager joined and compared for every case (a manager's page on 100,000 open
            // cases: 35 ms in SQLite instead of 60 to 95). No index serves it: one by client
            // cost a million-response import 10% (measured, docs/server.md).
            let marks = Array(repeating: "?", count: narrowing.spellings.count).joined(separator: ", ")
            sql += """

                  AND (c.assigned_manager IN (\(marks))
                       OR (c.assigned_manager IS NULL
                           AND c.client_key IN (SELECT client_key FROM client WHERE manager_name IN (\(marks)))))
                """
            arguments += StatementArguments(narrowing.spellings + narrowing.spellings)
        }
        try RowWalk.each(db, sql, arguments) { handle in
            try body(try FollowUpCandidate(row: RowWalk.Columns(handle: handle)))
        }
    }
}
