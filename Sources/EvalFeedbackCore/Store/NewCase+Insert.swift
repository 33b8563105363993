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
        try db.cachedStatement(
            sql: """
                INSERT INTO complaint_case (response_id, source, client, client_key, contact_name, contact_email,
                    training, trainer, low_scores, summary, registered_on, contact_due, resolution_due, state)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            responseID, source.rawValue, client, clientKey, contactName, contactEmail, training, trainer,
            lowScores.isEmpty ? nil : LowScore.text(lowScores), summary, registeredOn.description,
            deadlines.contactDue.description, deadlines.resolutionDue.description, CaseState.registered.rawValue,
        ])
        let caseID = db.lastInsertedRowID
        try CaseEvent(on: registeredOn, kind: .registered, actor: actor, note: note).insert(into: db, caseID: caseID)
        return caseID
    }
}

extension CaseEvent {
    /// Appends this entry to a case's history, stamped with the moment it was recorded.
    func insert(into db: Database, caseID: Int64) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO case_event (case_id, happened_on, kind, actor, note, recorded_at)
                VALUES (?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
                """
        ).execute(arguments: [caseID, on.description, kind.rawValue, actor, note])
    }
}
