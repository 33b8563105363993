import GRDB

/// The statements one import runs for every record, prepared once per file.
///
/// Lives only inside the import's write transaction: everything it writes for a file is
/// committed together or not at all.
struct ImportWriter {
    let db: Database
    let importID: Int64
    private let insertResponse: RawStatement
    private let insertReject: RawStatement
    private let refreshResponse: RawStatement
    private let findResponse: RawStatement
    private let findCase: RawStatement

    init(db: Database, importID: Int64) throws {
        self.db = db
        self.importID = importID
        insertResponse = try RawStatement(
            db,
            sql: """
                INSERT INTO response (response_key, import_id, line, external_id, submitted_at, response_date,
                    training, training_date, trainer, client, client_key, respondent_name, respondent_email,
                    score_training, score_day, score_facilities, score_trainer, comment, is_flagged, warnings,
                    is_complete, form)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(response_key) DO NOTHING
                """)
        insertReject = try RawStatement(
            db, sql: "INSERT INTO reject (import_id, line, reason, raw) VALUES (?, ?, ?, ?)")
        refreshResponse = try RawStatement(
            db,
            sql: """
                UPDATE response SET score_training = ?1, score_day = ?2, score_facilities = ?3, score_trainer = ?4,
                    is_flagged = ?5, is_complete = ?6
                WHERE id = ?7
                  AND (score_training IS NOT ?1 OR score_day IS NOT ?2 OR score_facilities IS NOT ?3
                       OR score_trainer IS NOT ?4 OR is_complete IS NOT ?6)
                """)
        findResponse = try RawStatement(db, sql: "SELECT id FROM response WHERE response_key = ?")
        findCase = try RawStatement(db, sql: "SELECT EXISTS (SELECT 1 FROM complaint_case WHERE response_id = ?)")
    }

    /// Stores a response; nil when its key is already in the register (R6).
    func store(_ row: ResponseRow) throws -> Int64? {
        let statement = insertResponse
        statement.bind(1, row.key)
        statement.bind(2, importID)
        statement.bind(3, Int64(row.line))
        statement.bind(4, row.externalID)
        statement.bind(5, row.submittedAt)
        statement.bind(6, row.reportDate)
        statement.bind(7, row.training)
        statement.bind(8, row.trainingDate)
        statement.bind(9, row.trainer)
        statement.bind(10, row.client)
        statement.bind(11, row.clientKey)
        statement.bind(12, row.respondentName)
        statement.bind(13, row.respondentEmail)
        statement.bind(14, row.scores.0)
        statement.bind(15, row.scores.1)
        statement.bind(16, row.scores.2)
        statement.bind(17, row.scores.3)
        statement.bind(18, row.comment)
        statement.bind(19, row.flagged)
        statement.bind(20, row.warnings)
        statement.bind(21, row.complete)
        statement.bind(22, row.form)
        // Not RETURNING: SQLite runs a statement with it as a multi-row write, copying every
        // page it touches into a statement journal first (four pages a response).
        return try statement.insert()
    }

    /// Registers a case and its first history step (R13).
    func open(_ newCase: NewCase, clientKey: String?, responseID: Int64?, actor: String, note: String) throws {
        try newCase.insert(into: db, clientKey: clientKey, responseID: responseID, actor: actor, note: note)
    }

    /// The number of the response stored under `key`, if there is one (R6).
    func find(key: BoundText) throws -> Int64? {
        findResponse.bind(1, key)
        return try findResponse.run()
    }

    /// Stores the scores of response `id`, already in the register, when they changed since
    /// (an edited or finished response); false when nothing changed. Personal data is not
    /// touched: a purged response stays purged (R17).
    func refresh(id: Int64, scores: (Double?, Double?, Double?, Double?), flagged: Bool, complete: Bool) throws
        -> Bool
    {
        let statement = refreshResponse
        statement.bind(1, scores.0)
        statement.bind(2, scores.1)
        statement.bind(3, scores.2)
        statement.bind(4, scores.3)
        statement.bind(5, flagged)
        statement.bind(6, complete)
        statement.bind(7, id)
        return try statement.update()
    }

    /// True when response `id` has opened a case.
    func hasCase(responseID id: Int64) throws -> Bool {
        findCase.bind(1, id)
        return try findCase.run() == 1
    }

    /// Keeps an unreadable record verbatim with its line and reason (R5).
    func reject(line: Int, reason: String, raw: some Collection<UInt8>) throws {
        insertReject.bind(1, importID)
        insertReject.bind(2, Int64(line))
        insertReject.bind(3, reason)
        try Array(raw).withUnsafeBytes { bytes in
            insertReject.bind(4, blob: bytes)
            try insertReject.run()
        }
    }
}
