import GRDB
import GRDBSQLite

/// Which cases a follow-up list holds, and how each is read into it (R9-R16).
struct FollowUpChoice: Sendable {
    let today: LocalDate
    /// Only this account manager's cases, when set.
    let manager: String?
    /// One spelling per manager, by the key of a name (R15).
    let spelling: [String: String]
    let settings: Settings

    /// The cases still being handled or still owing the client something, registered by
    /// today and not purged. Only the columns the list shows or decides by, in `Column` order.
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
               OR (c.ruling = 'upheld' AND c.consequences_done_on IS NULL))
          AND c.registered_on <= ? AND c.purged_on IS NULL AND c.id BETWEEN ? AND ?
        """

    /// The columns of `sql`, by position.
    private enum Column: Int32 {
        case id, source, client, contactName, contactEmail, training, trainer, lowScores, summary, registeredOn
        case contactDue, resolutionDue, state, contactedOn, assignedManager, clientManager, extensionExpected
        case extensionToldOn, closedOn, closingEmailOwed, closingEmailSentOn, appealedOn, ruling, ruledOn
        case consequencesDoneOn, trainingDate

        /// The stored column's name, as `CaseRecord` names it, for a message about a value that is
        /// not what it should be.
        var name: String {
            let names = [
                "id", "source", "client", "contact_name", "contact_email", "training", "trainer", "low_scores",
                "summary", "registered_on", "contact_due", "resolution_due", "state", "contacted_on",
                "assigned_manager", "manager_name", "extension_expected", "extension_told_on", "closed_on",
                "closing_email_owed", "closing_email_sent_on", "appealed_on", "ruling", "ruled_on",
                "consequences_done_on", "training_date",
            ]
            return names[Int(rawValue)]
        }
    }

    /// How many standings a list remembers the action of: far more than the days a register
    /// spans, far fewer than would cost memory.
    private static let remembered = 100_000

    /// The stored texts a record keeps, each with its field.
    private static let texts: [(Column, FollowUpRecord.Field)] = [
        (.client, .client), (.contactName, .respondent), (.contactEmail, .respondentEmail), (.training, .training),
        (.trainer, .trainer), (.lowScores, .lowScores), (.summary, .summary),
    ]

    /// The cases numbered `ids` that belong on the list, read straight from SQLite's buffers:
    /// numbers into the record, texts into the arena.
    ///
    /// Room is made for `room` cases: the first half makes room for both, so that the second
    /// is appended in place.
    func rows(in db: Database, ids: ClosedRange<Int64>, room: Int) throws -> FollowUpRows {
        var rows = FollowUpRows()
        rows.reserve(cases: room)
        var days = WorkingDaysToday(today: today, calendar: settings.calendar)
        // Each standing's action is worked out once: cases registered on one day stand alike.
        var actions: [CaseStanding: NextAction] = [:]
        // A manager's name is spelled and looked up once per name, not once per case; nil for
        // a name whose cases are not on this list.
        var managers: [String: Int32?] = [:]
        try RowWalk.each(db, Self.sql, [today.description, ids.lowerBound, ids.upperBound]) { handle in
            let row = RowWalk.Columns(handle: handle)
            var managerIndex: Int32 = -1
            if let name = row.text(Column.assignedManager.rawValue) ?? row.text(Column.clientManager.rawValue)
                ?? settings.defaultManager
            {
                let known =
                    managers[name]
                    ?? {
                        let spelled = spelling[ClientKey.of(name)] ?? name
                        let index = manager == nil || spelled == manager ? rows.managerIndex(spelled) : nil
                        managers[name] = index
                        return index
                    }()
                guard let known else { return }
                managerIndex = known
            } else if manager != nil {
                return
            }
            try read(row, manager: managerIndex, days: &days, actions: &actions, into: &rows)
        }
        return rows
    }

    /// Reads the case `row` is on, with its account manager, into `rows`.
    private func read(
        _ row: RowWalk.Columns, manager: Int32, days: inout WorkingDaysToday, actions: inout [CaseStanding: NextAction],
        into rows: inout FollowUpRows
    )
        throws
    {
        // The policy of `CaseRecord`, the other case reader: a stored value this version does
        // not write stops the list with the case, the column and what to do.
        let id = row.integer(Column.id.rawValue) ?? 0
        func date(_ column: Column) throws -> LocalDate? {
            guard let bytes = row.bytes(column.rawValue) else { return nil }
            guard let day = LocalDate(isoBytes: bytes) else {
                throw ListError.corruptDate(case: id, column: column.name, value: String(decoding: bytes, as: UTF8.self))
            }
            return day
        }
        func required(_ column: Column) throws -> LocalDate {
            guard let day = try date(column) else { throw ListError.corruptDate(case: id, column: column.name, value: "") }
            return day
        }
        func known<Value: RawRepresentable & CaseIterable>(_ column: Column, as: Value.Type) throws -> Value?
        where Value.RawValue == String {
            guard let text = row.text(column.rawValue) else { return nil }
            guard let value = Value(rawValue: text) else {
                throw ListError.corruptValue(
                    case: id, column: column.name, value: text, known: Value.allCases.map(\.rawValue))
            }
            return value
        }
        let state = try known(.state, as: CaseState.self) ?? .registered
        let registeredOn = try required(.registeredOn)
        let contactDue = try required(.contactDue)
        let contactedOn = try date(.contactedOn)
        let stored = try required(.resolutionDue)
        let expected = try date(.extensionExpected)
        let extended = try expected != nil && date(.extensionToldOn) != nil
        let resolutionDue = ResolutionDeadline(fourWeeks: stored, promised: extended ? expected : nil).promised
        let closedOn = try date(.closedOn)
        let appealedOn = try date(.appealedOn)
        let standing = CaseStanding(
            isOpen: state.isOpen, contactDue: contactDue, contactedOn: contactedOn,
            resolutionDue: resolutionDue, extended: extended, closedOn: closedOn,
            closingEmailOutstanding: closedOn != nil && (row.integer(Column.closingEmailOwed.rawValue) ?? 0) != 0
                && row.bytes(Column.closingEmailSentOn.rawValue) == nil,
            appealedOn: appealedOn, ruledOn: appealedOn == nil ? nil : try date(.ruledOn),
            consequencesOutstanding: appealedOn != nil && row.text(Column.ruling.rawValue) == Ruling.upheld.rawValue
                && row.bytes(Column.consequencesDoneOn.rawValue) == nil)
        let next: NextAction
        if let known = actions[standing] {
            next = known
        } else {
            next = NextAction(standing, days: &days)
            if actions.count < Self.remembered { actions[standing] = next }
        }
        rows.begin(
            FollowUpRecord(
                id: id, start: 0, lengths: .zero, manager: manager, late: Int32(clamping: next.late),
                registeredOn: Int32(registeredOn.dayNumber), contactDue: Int32(contactDue.dayNumber),
                contactedOn: contactedOn.map { Int32($0.dayNumber) } ?? FollowUpRecord.none,
                resolutionDue: Int32(resolutionDue.dayNumber),
                trainingDate: row.bytes(Column.trainingDate.rawValue).flatMap(LocalDate.init(isoBytes:)).map {
                    Int32($0.dayNumber)
                } ?? FollowUpRecord.none,
                source: try known(.source, as: CaseSource.self) ?? .evaluation, state: state,
                action: next.action))
        for (column, field) in Self.texts { rows.appendText(row.bytes(column.rawValue), as: field) }
        rows.appendTodo(next, case: id)
    }
}
