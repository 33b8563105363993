import GRDB

extension NewCase {
    /// Registers the case and its first history step (R13); returns the case number.
    ///
    /// Shared by the import (one per flag) and by hand intake (R7), so that every case starts
    /// the same way.
    @discardableResult
    func insert(into db: Database, clientKey: String?, responseID: Int64?, actor: String, note: String?) throws
        -> Int64
    {
        // Bound raw: an import of a back-filled year opens a case for every eighth response.
        let statement = try RawStatement(
            db,
            sql: """
                INSERT INTO complaint_case (response_id, source, client, client_key, contact_name, contact_email,
                    training, trainer, low_scores, summary, registered_on, contact_due, resolution_due, state, language)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        statement.bind(1, responseID)
        statement.bind(2, source.rawValue)
        statement.bind(3, client)
        statement.bind(4, clientKey)
        statement.bind(5, contactName)
        statement.bind(6, contactEmail)
        statement.bind(7, training)
        statement.bind(8, trainer)
        statement.bind(9, lowScores.isEmpty ? nil : LowScore.text(lowScores))
        statement.bind(10, summary)
        statement.bind(11, registeredOn.description)
        statement.bind(12, deadlines.contactDue.description)
        statement.bind(13, deadlines.resolutionDue.description)
        statement.bind(14, CaseState.registered.rawValue)
        statement.bind(15, language?.code)
        guard let caseID = try statement.insert() else { throw DatabaseError(message: "a case was not inserted") }
        try CaseEvent(on: registeredOn, kind: .registered, actor: actor, note: note).insert(into: db, caseID: caseID)
        return caseID
    }
}

extension CaseEvent {
    /// Appends this entry to a case's history, stamped with the moment it was recorded.
    func insert(into db: Database, caseID: Int64) throws {
        let statement = try RawStatement(
            db,
            sql: """
                INSERT INTO case_event (case_id, happened_on, kind, actor, note, recorded_at)
                VALUES (?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
                """)
        statement.bind(1, caseID)
        statement.bind(2, on.description)
        statement.bind(3, kind.rawValue)
        statement.bind(4, actor)
        statement.bind(5, note)
        try statement.run()
    }
}
