import GRDB
import GRDBSQLite

/// The INSERT that registers cases and their first history steps (R13): the one way a case
/// enters the register, from an import (up to a group's worth at once) or by hand (R7).
///
/// Keeps its statements, one pair per number of cases, prepared when first needed: an import
/// of a million responses runs them thirty thousand times, and finding a statement by its text
/// in GRDB's cache hashed and compared up to 3 KB of SQL each time.
final class CaseInsert {
    private let db: Database
    /// By number of cases (1...`maxCount`): the INSERTs of the cases and of their history steps.
    private var statements: [(cases: RawStatement, events: RawStatement)?] =
        Array(repeating: nil, count: maxCount + 1)

    /// Registers cases in `db`, within its transaction.
    init(db: Database) {
        self.db = db
    }

    /// Registers `cases` and their first history steps, recorded at `recordedAt` by `actor`,
    /// with two statements; returns the number of the first, the others numbered after it in
    /// order.
    ///
    /// The history's time is bound rather than computed by SQLite: a statement of several rows
    /// that calls `strftime('now')` may fail half-way, so SQLite journals every page it touches
    /// (it wrote 3.7 GB for a million-row import). OR IGNORE keeps SQLite from journalling the
    /// statement; a case not inserted is an error all the same.
    @discardableResult
    func run(_ cases: some Collection<CaseRow>, actor: String, recordedAt: String) throws -> Int64 {
        precondition((1...Self.maxCount).contains(cases.count))
        let (insertCases, insertEvents) = try prepared(cases.count)
        for (place, row) in cases.enumerated() {
            let offset = Int32(place * Self.caseValues)
            insertCases.bind(offset + 1, row.responseID)
            insertCases.bind(offset + 2, row.source.rawValue)
            insertCases.bind(offset + 3, row.client)
            insertCases.bind(offset + 4, row.clientKey)
            insertCases.bind(offset + 5, row.contactName)
            insertCases.bind(offset + 6, row.contactEmail)
            insertCases.bind(offset + 7, row.training)
            insertCases.bind(offset + 8, row.trainer)
            insertCases.bind(offset + 9, row.lowScores)
            insertCases.bind(offset + 10, row.summary)
            insertCases.bind(offset + 11, row.days.registered)
            insertCases.bind(offset + 12, row.days.contactDue)
            insertCases.bind(offset + 13, row.days.resolutionDue)
            insertCases.bind(offset + 14, CaseState.registered.rawValue)
            insertCases.bind(offset + 15, row.language)
        }
        try insertCases.run()
        let connection = db.sqliteConnection
        guard sqlite3_changes(connection) == cases.count else {
            throw DatabaseError(
                message: "\(cases.count) cases were to be registered, \(sqlite3_changes(connection)) were")
        }
        let first = sqlite3_last_insert_rowid(connection) - Int64(cases.count) + 1
        for (place, row) in cases.enumerated() {
            let offset = Int32(place * 6)
            insertEvents.bind(offset + 1, first + Int64(place))
            insertEvents.bind(offset + 2, row.days.registered)
            insertEvents.bind(offset + 3, CaseEvent.Kind.registered.rawValue)
            insertEvents.bind(offset + 4, actor)
            insertEvents.bind(offset + 5, row.note)
            insertEvents.bind(offset + 6, recordedAt)
        }
        try insertEvents.run()
        return first
    }

    /// The statements for `count` cases, prepared the first time.
    private func prepared(_ count: Int) throws -> (cases: RawStatement, events: RawStatement) {
        if let prepared = statements[count] { return prepared }
        let prepared = (
            cases: try RawStatement(db, sql: Self.casesSQL[count]),
            events: try RawStatement(db, sql: Self.eventsSQL[count]))
        statements[count] = prepared
        return prepared
    }

    /// The most cases one call registers: an import's group.
    static let maxCount = ImportWriter.groupSize

    /// How many values one case binds.
    private static let caseValues = 15

    /// Per number of cases (1...`maxCount`), the INSERT that registers them.
    private static let casesSQL = (0...maxCount).map { count in
        """
        INSERT OR IGNORE INTO complaint_case (response_id, source, client, client_key, contact_name, contact_email,
            training, trainer, low_scores, summary, registered_on, contact_due, resolution_due, state, language)
        VALUES \(Array(repeating: "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", count: count).joined(separator: ", "))
        """
    }

    /// Per number of cases, the INSERT of their first history steps.
    private static let eventsSQL = (0...maxCount).map { count in
        """
        INSERT OR IGNORE INTO case_event (case_id, happened_on, kind, actor, note, recorded_at)
        VALUES \(Array(repeating: "(?, ?, ?, ?, ?, ?)", count: count).joined(separator: ", "))
        """
    }
}
