import GRDB

extension AppDatabase {
    /// R17: one year after a case ended (closed, or ruled on after an appeal) its personal
    /// data, free texts and history are deleted, as are the personal data of its response; a
    /// response without a case loses its personal data one year after it was submitted, and a
    /// rejected record (kept verbatim) one year after its import.
    ///
    /// What stays is anonymous: scores, dates, source, outcome and cause, so that past quarterly
    /// reports still add up. A case whose upheld ruling still has consequences to carry out is
    /// kept until they are. The report names the archived exports whose responses' personal
    /// data is then gone, for the caller to delete (`RetentionPurge`). Safe to run every night;
    /// `dryRun` only counts.
    public func purge(today: LocalDate, dryRun: Bool) throws -> PurgeReport {
        let cutoff = today.adding(years: -1).description
        let work = { (db: Database) throws -> PurgeReport in
            let cases = try Int64.fetchAll(
                db,
                sql: """
                    SELECT id FROM complaint_case
                    WHERE purged_on IS NULL
                      AND ((appealed_on IS NULL AND closed_on < :cutoff) OR ruled_on < :cutoff)
                      AND NOT (COALESCE(ruling, '') = 'upheld' AND consequences_done_on IS NULL)
                    ORDER BY id
                    """, arguments: ["cutoff": cutoff])
            let responseFilter = """
                purged_on IS NULL AND (
                    id IN (SELECT response_id FROM complaint_case WHERE id IN (SELECT value FROM json_each(:cases)))
                    OR (response_date < :cutoff
                        AND NOT EXISTS (SELECT 1 FROM complaint_case c
                                        WHERE c.response_id = response.id AND c.id NOT IN (SELECT value FROM json_each(:cases))
                                          AND c.purged_on IS NULL)))
                """
            let caseList = "[" + cases.map(String.init).joined(separator: ",") + "]"
            let arguments: StatementArguments = ["cutoff": cutoff, "cases": caseList, "today": today.description]
            let responses =
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM response WHERE \(responseFilter)", arguments: arguments)
                ?? 0
            let rejectFilter = "import_id IN (SELECT id FROM import WHERE imported_on < :cutoff)"
            let rejects =
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM reject WHERE \(rejectFilter)", arguments: arguments)
                ?? 0
            if !dryRun {
                try db.execute(
                    sql: """
                        UPDATE response SET respondent_name = NULL, respondent_email = NULL, comment = NULL,
                            warnings = NULL, purged_on = :today
                        WHERE \(responseFilter)
                        """, arguments: arguments)
                typealias Columns = CaseRecord.Columns
                try CaseTable.filter(Columns.id.among(cases)).updateAll(
                    db,
                    [
                        Columns.contactName.set(to: nil), Columns.contactEmail.set(to: nil),
                        Columns.summary.set(to: nil), Columns.resolution.set(to: nil),
                        Columns.extensionReason.set(to: nil), Columns.rulingText.set(to: nil),
                        Columns.appealThirdParty.set(to: nil), Columns.purgedOn.set(to: today.description),
                    ])
                try CaseEventRecord.filter(CaseEventRecord.Columns.caseID.among(cases)).deleteAll(db)
                try LetterRecord.filter(LetterRecord.Columns.caseID.among(cases))
                    .updateAll(db, LetterRecord.Columns.recipient.set(to: nil))
                try db.execute(sql: "DELETE FROM reject WHERE \(rejectFilter)", arguments: arguments)
            }
            var report = PurgeReport(
                day: today, endedBefore: today.adding(years: -1), dryRun: dryRun, cases: cases, responses: responses,
                rejects: rejects)
            // After the purge every response left unpurged is kept; in a dry run, those the
            // purge would leave: the same filter says which, either way.
            report.expiredArchives = try Self.archivedExportsPastRetention(
                db, cutoff: cutoff, kept: "purged_on IS NULL AND NOT (\(responseFilter))", arguments: arguments)
            return report
        }
        return dryRun ? try writer.read(work) : try writer.write(work)
    }
}
