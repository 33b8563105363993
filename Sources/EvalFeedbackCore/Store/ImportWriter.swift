import Foundation
import GRDB
import GRDBSQLite

/// The statements one import runs for every record, prepared once per file.
///
/// Lives only inside the import's write transaction: everything it writes for a file is
/// committed together or not at all.
struct ImportWriter {
    let db: Database
    let importID: Int64
    private let insertResponse: Statement
    private let insertReject: Statement
    private let refreshResponse: Statement
    private let findCase: Statement

    init(db: Database, importID: Int64) throws {
        self.db = db
        self.importID = importID
        insertResponse = try db.cachedStatement(
            sql: """
                INSERT INTO response (response_key, import_id, line, external_id, submitted_at, response_date,
                    training, training_date, trainer, client, client_key, respondent_name, respondent_email,
                    score_training, score_day, score_facilities, score_trainer, comment, is_flagged, warnings,
                    is_complete, form)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(response_key) DO NOTHING
                """)
        insertReject = try db.cachedStatement(
            sql: "INSERT INTO reject (import_id, line, reason, raw) VALUES (?, ?, ?, ?)")
        refreshResponse = try db.cachedStatement(
            sql: """
                UPDATE response SET score_training = ?1, score_day = ?2, score_facilities = ?3, score_trainer = ?4,
                    is_flagged = ?5, is_complete = ?6
                WHERE response_key = ?7
                  AND (score_training IS NOT ?1 OR score_day IS NOT ?2 OR score_facilities IS NOT ?3
                       OR score_trainer IS NOT ?4 OR is_complete IS NOT ?6)
                RETURNING id
                """)
        findCase = try db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM complaint_case WHERE response_id = ?)")
    }

    /// Stores a response; nil when its key is already in the register (R6).
    func store(
        _ response: EvaluationResponse, key: String, clientKey: String?, line: Int, reportDate: LocalDate,
        flagged: Bool, complete: Bool, form: String?, warnings: [String]
    ) throws -> Int64? {
        let scores = Dimension.allCases.map { response.scores[$0] }
        try insertResponse.execute(arguments: [
            key, importID, line, response.externalID, response.submittedAt?.storedForm, reportDate.description,
            response.training, response.trainingDate?.description, response.trainer, response.client,
            clientKey, response.respondentName, response.respondentEmail,
            scores[0], scores[1], scores[2], scores[3], response.comment, flagged,
            warnings.isEmpty ? nil : warnings.joined(separator: "\n"), complete, form,
        ])
        return db.changesCount == 0 ? nil : db.lastInsertedRowID
    }

    /// Registers a case and its first history step (R13).
    func open(_ newCase: NewCase, clientKey: String?, responseID: Int64?, actor: String, note: String) throws {
        try newCase.insert(into: db, clientKey: clientKey, responseID: responseID, actor: actor, note: note)
    }

    /// Stores the scores of a response already in the register when they changed since (an
    /// edited or finished response); nil when nothing changed. Personal data is not touched:
    /// a purged response stays purged (R17).
    func refresh(key: String, response: EvaluationResponse, flagged: Bool, complete: Bool) throws
        -> (id: Int64, hasCase: Bool)?
    {
        let scores = Dimension.allCases.map { response.scores[$0] }
        guard
            let id = try Int64.fetchOne(
                refreshResponse,
                arguments: [scores[0], scores[1], scores[2], scores[3], flagged, complete, key])
        else { return nil }
        let hasCase = try Bool.fetchOne(findCase, arguments: [id]) ?? false
        return (id, hasCase)
    }

    /// Keeps an unreadable record verbatim with its line and reason (R5).
    func reject(line: Int, reason: String, raw: some Collection<UInt8>) throws {
        // The raw bytes are bound straight from a byte array: a `Data` made for them was, once
        // per process, never freed under the fuzzer's leak checker.
        let count = raw.count
        // Never a null pointer: SQLite would store NULL for an empty blob.
        let bytes = count == 0 ? [UInt8(0)] : Array(raw)
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        let statement = insertReject.sqliteStatement
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
        sqlite3_bind_int64(statement, 1, importID)
        sqlite3_bind_int64(statement, 2, Int64(line))
        sqlite3_bind_text(statement, 3, reason, -1, transient)
        _ = bytes.withUnsafeBytes { sqlite3_bind_blob(statement, 4, $0.baseAddress, Int32(count), transient) }
        let code = sqlite3_step(statement)
        sqlite3_reset(statement)
        guard code == SQLITE_DONE else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
    }

}
