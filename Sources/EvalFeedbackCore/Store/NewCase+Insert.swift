import GRDB

extension NewCase {
    /// Registers the case and its first history step (R13) through `CaseInsert`, as an import
    /// registers its cases; returns the case number.
    ///
    /// Shared by the import (a flag the general reading raised) and by hand intake (R7), so
    /// that every case starts the same way.
    @discardableResult
    func insert(into db: Database, clientKey: String?, responseID: Int64?, actor: String, note: String?) throws
        -> Int64
    {
        let texts = TextArena()
        let text = texts.text
        let row = CaseRow(
            responseID: responseID, source: source, client: text(client), clientKey: text(clientKey),
            contactName: text(contactName), contactEmail: text(contactEmail), training: text(training),
            trainer: text(trainer), lowScores: text(lowScores.isEmpty ? nil : LowScore.text(lowScores)),
            summary: text(summary), days: CaseDays(registered: registeredOn, deadlines: deadlines),
            language: text(language?.code), note: text(note))
        return try withExtendedLifetime(texts) {
            try CaseInsert(db: db).run(CollectionOfOne(row), actor: actor, recordedAt: RecordingClock().now)
        }
    }
}
