import Foundation
import GRDB

/// The statements one import runs for every record, prepared once per file.
///
/// Lives only inside the import's write transaction: everything it writes for a file is
/// committed together or not at all.
struct ImportWriter {
    let db: Database
    let importID: Int64
    private let insertResponse: Statement
    private let insertReject: Statement

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

    /// Keeps an unreadable record verbatim with its line and reason (R5).
    func reject(line: Int, reason: String, raw: some Collection<UInt8>) throws {
        try insertReject.execute(arguments: [importID, line, reason, Data(raw)])
    }
}
