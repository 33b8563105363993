import Foundation
import GRDB
import GRDBSQLite

/// The statements one import runs for every record, prepared once per file.
///
/// Lives only inside the import's write transaction: everything it writes for a file is
/// committed together or not at all. A class: the session reaches it for every record, and a
/// struct of a dozen statements would be copied, each reference retained, every time.
final class ImportWriter {
    let db: Database
    let importID: Int64
    private let insertResponse: RawStatement
    private let insertGroup: RawStatement
    private let insertReject: RawStatement
    private let refreshResponse: RawStatement
    private let findResponse: RawStatement
    /// Where responses a cumulative export repeats are found, in key order.
    private let cursor: KnownCursor
    private let findCase: RawStatement
    /// The INSERT of one response while the key index is away (`deferred`).
    private let insertNew: RawStatement
    /// The INSERTs of a group's cases.
    private let caseInsert: CaseInsert
    /// The indexes of responses a big import into a small register builds after its rows;
    /// nil when they are kept up row by row.
    private var deferred: DeferredIndexes?

    /// How many responses one statement stores (`storeGroup()`).
    ///
    /// SQLite's work per INSERT statement (starting it, opening the table's and every index's
    /// cursor, seeking from the root) cost more than the rows themselves: one statement for 32
    /// responses stored a million in about 1.4 s of SQLite's time instead of 2.4 s, and 64 took
    /// the ordered million from 2.57 s to 2.48 s (medians of four, paired with C's 2.98 s; the
    /// shuffled one the same). A statement of 64 binds 1,155 values, far below SQLite's limit.
    static let groupSize = 64

    /// The page cache an import writes through: 10 MiB, so that a million-row import stays
    /// under its 64 MiB (about 31 MiB of which are the program's and its libraries' pages).
    /// 14 MiB took it to 62-69 MiB, and 10 cost no time (docs/performance.md).
    static let cachePragma = "PRAGMA cache_size = -10240"

    /// Starts the import of `file` (`size` bytes) on `today`: its row in the register, whose
    /// totals `record` fills in once the file is read.
    /// A file of `bulkBytes` or more into a small register builds the indexes of responses
    /// after its rows (`DeferredIndexes`).
    init(db: Database, file: String, size: Int, today: LocalDate, bulkBytes: Int) throws {
        try db.execute(
            sql: """
                INSERT INTO import (file_name, content_hash, byte_count, imported_on, imported_at, encoding,
                    delimiter, record_count, accepted_count, rejected_count, flagged_count, opened_count,
                    known_count, warning_count)
                VALUES (?, '', ?, ?, ?, '', '', 0, 0, 0, 0, 0, 0, 0)
                """,
            arguments: [file, size, today.description, RecordingClock().now])
        self.db = db
        self.importID = db.lastInsertedRowID
        insertResponse = try RawStatement(db, sql: Self.insertOne)
        insertGroup = try RawStatement(db, sql: Self.insertGroup)
        insertReject = try RawStatement(
            db, sql: "INSERT INTO reject (import_id, line, reason, raw, problem) VALUES (?, ?, ?, ?, ?)")
        refreshResponse = try RawStatement(db, sql: Self.refreshOne)
        findResponse = try RawStatement(
            db, sql: "SELECT id, \(Dimension.scoreColumns), is_complete FROM response WHERE response_key = ?")
        cursor = try KnownCursor(db: db)
        findCase = try RawStatement(db, sql: "SELECT EXISTS (SELECT 1 FROM complaint_case WHERE response_id = ?)")
        insertNew = try RawStatement(db, sql: Self.insertNewOne)
        caseInsert = CaseInsert(db: db)
        deferred = try DeferredIndexes(db: db, size: size, bulkBytes: bulkBytes)
    }

    /// Builds the key index if it is away (R6): before a response is looked up.
    private func needKeys() throws {
        try deferred?.buildKeys(db)
    }

    /// The INSERT of one response into a register without its key index (`deferred`): as
    /// `insertOne`, and no key can conflict.
    private static let insertNewOne = """
        INSERT INTO response \(responseColumns)
        VALUES \(responseValues(from: 6, rest: "?2, ?3, ?4, ?5"))
        """

    /// The INSERT of one response: it skips a response whose key is in the register (R6), and
    /// fails on any other broken constraint. Parameters 1 to 5 are the import, the warnings,
    /// completeness, the form and the language; the response's own values follow.
    private static let insertOne = """
        INSERT INTO response \(responseColumns)
        VALUES \(responseValues(from: 6, rest: "?2, ?3, ?4, ?5"))
        ON CONFLICT(response_key) DO NOTHING
        """

    /// The INSERT of a group of plain responses. What all of them share is written once: the
    /// import and the form are parameters 1 and 2 of every row, and a plain response has no
    /// warnings, is complete and has no language (a file read plainly has no language
    /// column). Each row binds its own values.
    ///
    /// OR IGNORE, not ON CONFLICT DO NOTHING: a statement that may still fail half-way (on
    /// another constraint) and writes several rows makes SQLite copy every page it touches into
    /// a statement journal first. OR IGNORE cannot fail half-way; with foreign keys not checked
    /// during the import, nothing else can either. A row skipped for another reason than its
    /// key is to be stored alone (`store(_:)`), which then fails with the reason.
    private static let insertGroup = """
        INSERT OR IGNORE INTO response \(responseColumns)
        VALUES \((0..<ImportWriter.groupSize).map { responseValues(from: 3 + $0 * ownValues, rest: "NULL, 1, ?2, NULL") }
            .joined(separator: ", "))
        """

    private static let responseColumns = """
        (response_key, import_id, line, external_id, submitted_at, response_date, training, training_date, trainer,
            client, client_key, respondent_name, respondent_email, \(Dimension.scoreColumns), comment, is_flagged,
            warnings, is_complete, form, language)
        """

    /// How many values of a response are its own (`bindOwn`): twelve before its scores, one
    /// per dimension, and two after.
    private static let ownValues = 14 + ScoreVector.count

    /// Where a response's scores start among its own values (`bindOwn`).
    private static let firstScore: Int32 = 13

    /// The UPDATE of a known response's scores (parameters 1 to `ScoreVector.count`, in
    /// `Dimension.allCases` order), flag and completeness, only when they differ: a row that
    /// would not change is not written.
    private static let refreshOne: String = {
        let scores = Dimension.allCases.enumerated().map { (column: $1.scoreColumn, parameter: "?\($0 + 1)") }
        let flagged = "?\(ScoreVector.count + 1)"
        let complete = "?\(ScoreVector.count + 2)"
        return """
            UPDATE response SET \(scores.map { "\($0.column) = \($0.parameter)" }.joined(separator: ", ")),
                is_flagged = \(flagged), is_complete = \(complete)
            WHERE id = ?\(ScoreVector.count + 3)
              AND (\(scores.map { "\($0.column) IS NOT \($0.parameter)" }.joined(separator: " OR "))
                   OR is_complete IS NOT \(complete))
            """
    }()

    /// One response's values: its own from parameter `first` on, the import as parameter 1,
    /// then `rest` (warnings, completeness, form, language).
    private static func responseValues(from first: Int, rest: String) -> String {
        let own = (first..<first + ownValues).map { "?\($0)" }
        return "(\(own[0]), ?1, \(own[1...].joined(separator: ", ")), \(rest))"
    }

    /// Stores a response; nil when its key is already in the register (R6). `fromGroup` says
    /// it was bound to the group statement (`bind(_:place:)`), where it was noted already: a
    /// group stored response by response.
    func store(_ row: ResponseRow, fromGroup: Bool) throws -> Int64? {
        cursor.restart()
        if !fromGroup { try deferred?.note(row, db: db) }
        let statement = deferred?.keysAway == true ? insertNew : insertResponse
        statement.bind(1, importID)
        statement.bind(2, row.warnings)
        statement.bind(3, row.complete)
        statement.bind(4, row.form)
        statement.bind(5, row.language)
        bindOwn(row, to: statement, after: 5)
        // Not RETURNING: SQLite runs a statement with it as a multi-row write, copying every
        // page it touches into a statement journal first (four pages a response).
        return try statement.insert()
    }

    /// Binds a plain response (no warnings, complete, the file's form) to place `place` of the
    /// group statement, which `storeGroup()` runs once every place is bound. Bound as each
    /// response comes, so that no row is kept, copied and walked again: a million of them
    /// are. Its texts must stay where they are until the group is stored.
    func bind(_ row: ResponseRow, place: Int) throws {
        try deferred?.note(row, db: db)
        if place == 0 {
            insertGroup.bind(1, importID)
            insertGroup.bind(2, row.form)
        }
        bindOwn(row, to: insertGroup, after: Int32(2 + place * Self.ownValues))
    }

    /// Stores the full group of plain responses bound (`bind(_:place:)`) with one statement,
    /// skipping those whose key is in the register (R6); returns how many were stored and the
    /// number of the last one stored. Those stored are numbered one after the other, in the
    /// group's order.
    func storeGroup() throws -> (stored: Int, last: Int64) {
        cursor.restart()
        try insertGroup.run()
        return (Int(sqlite3_changes(db.sqliteConnection)), sqlite3_last_insert_rowid(db.sqliteConnection))
    }

    /// Binds a response's own values to the parameters after `offset`.
    private func bindOwn(_ row: ResponseRow, to statement: RawStatement, after offset: Int32) {
        statement.bind(offset + 1, row.key)
        statement.bind(offset + 2, Int64(row.line))
        statement.bind(offset + 3, row.externalID)
        statement.bind(offset + 4, row.submittedAt)
        statement.bind(offset + 5, row.reportDate)
        statement.bind(offset + 6, row.training)
        statement.bind(offset + 7, row.trainingDate)
        statement.bind(offset + 8, row.trainer)
        statement.bind(offset + 9, row.client)
        statement.bind(offset + 10, row.clientKey)
        statement.bind(offset + 11, row.respondentName)
        statement.bind(offset + 12, row.respondentEmail)
        let scores = offset + Self.firstScore
        for index in 0..<ScoreVector.count { statement.bind(scores + Int32(index), row.scores[index]) }
        let after = scores + Int32(ScoreVector.count)
        statement.bind(after, row.comment)
        statement.bind(after + 1, row.flagged)
    }

    /// Registers the cases of a group's flagged responses and their first history steps (R3,
    /// R13), two statements for all of them; numbered one after the other, in order.
    func open(_ cases: [CaseRow], actor: String) throws {
        guard !cases.isEmpty else { return }
        try caseInsert.run(cases, actor: actor, recordedAt: clock.now)
    }

    /// The moment history steps are recorded, formatted once a second.
    private let clock = RecordingClock()

    /// Registers a case and its first history step (R13).
    func open(_ newCase: NewCase, clientKey: String?, responseID: Int64?, actor: String, note: String) throws {
        try newCase.insert(into: db, clientKey: clientKey, responseID: responseID, actor: actor, note: note)
    }

    /// A response the register holds, with what a later export of it may have changed.
    struct KnownResponse {
        let id: Int64
        let scores: ScoreVector
        let complete: Bool

        /// True when `row` gives it other scores, or finishes it.
        func differs(from row: ResponseRow) -> Bool { differs(scores: row.scores, complete: row.complete) }

        /// True for other scores, or another completeness.
        func differs(scores other: ScoreVector, complete finished: Bool) -> Bool {
            scores != other || complete != finished
        }
    }

    /// The response stored under `key`, if there is one (R6).
    func find(key: BoundText) throws -> KnownResponse? {
        try needKeys()
        findResponse.bind(1, key)
        return try findResponse.read { Self.known($0, from: 0) }
    }

    /// The responses stored under `keys`, by the keys' places: a cumulative export's
    /// responses, most of them known, found by walking the key index alongside them.
    func find(keys: [BoundText]) throws -> [KnownResponse?] {
        try needKeys()
        return try keys.map { key in
            guard case .bytes(let bytes) = key else { return nil }
            return try cursor.find(bytes)
        }
    }

    /// Ends a walk of the key index: called before the import's transaction ends.
    func finish() { cursor.restart() }

    /// Builds the indexes a bulk import left for the end: called once every row is stored.
    func complete() throws {
        try deferred?.buildAll(db)
        deferred = nil
    }

    /// Records the file's hash and counts in its import row.
    func record(_ totals: ImportTotals) throws {
        try db.execute(
            sql: """
                UPDATE import SET content_hash = ?, encoding = ?, delimiter = ?, record_count = ?,
                    accepted_count = ?, rejected_count = ?, flagged_count = ?, opened_count = ?, known_count = ?,
                    warning_count = ?, profile = ?
                WHERE id = ?
                """,
            arguments: [
                totals.contentHash, totals.encoding, totals.delimiter, totals.records, totals.accepted,
                totals.rejected, totals.flagged, totals.casesOpened, totals.alreadyKnown, totals.warnings,
                totals.profile, importID,
            ])
    }

    /// A known response from a row holding id, `Dimension.scoreColumns` and is_complete from
    /// `column` on.
    static func known(_ handle: OpaquePointer, from column: Int32) -> KnownResponse {
        var scores = ScoreVector()
        for index in 0..<ScoreVector.count {
            let place = column + 1 + Int32(index)
            if sqlite3_column_type(handle, place) != SQLITE_NULL {
                scores[index] = sqlite3_column_double(handle, place)
            }
        }
        return KnownResponse(
            id: sqlite3_column_int64(handle, column), scores: scores,
            complete: sqlite3_column_int64(handle, column + 1 + Int32(ScoreVector.count)) != 0)
    }

    /// Stores the scores of response `id`, already in the register, when they changed since
    /// (an edited or finished response); false when nothing changed. Personal data is not
    /// touched: a purged response stays purged (R17).
    func refresh(id: Int64, scores: ScoreVector, flagged: Bool, complete: Bool) throws -> Bool {
        cursor.restart()
        let statement = refreshResponse
        for index in 0..<ScoreVector.count { statement.bind(Int32(index + 1), scores[index]) }
        let after = Int32(ScoreVector.count)
        statement.bind(after + 1, flagged)
        statement.bind(after + 2, complete)
        statement.bind(after + 3, id)
        return try statement.update()
    }

    /// True when response `id` has opened a case.
    func hasCase(responseID id: Int64) throws -> Bool {
        findCase.bind(1, id)
        return try findCase.run() == 1
    }

    /// Keeps an unreadable record verbatim with its line and reason (R5): the reason's words,
    /// and its values for a page to word them again (`RejectRecord`).
    func reject(line: Int, reason: RejectReason, raw: some Collection<UInt8>) throws {
        insertReject.bind(1, importID)
        insertReject.bind(2, Int64(line))
        insertReject.bind(3, reason.description)
        insertReject.bind(5, RejectRecord.stored(reason))
        try Array(raw).withUnsafeBytes { bytes in
            insertReject.bind(4, blob: bytes)
            try insertReject.run()
        }
    }
}
