import GRDB

extension AppDatabase {
    /// The follow-up list on `today`: all open cases, or one account manager's (R15, R16).
    ///
    /// Throws `ListError.unknownManager` for a name no client has, so that a typo does not
    /// look like an empty list.
    public func followUpList(on today: LocalDate, manager: String?, calendar: WorkingDayCalendar = .netherlands())
        throws -> FollowUpList
    {
        try writer.read { db in
            var managerName: String?
            if let manager {
                let known = try String.fetchAll(db, sql: "SELECT DISTINCT manager_name FROM client ORDER BY 1")
                let wanted = ClientKey.of(manager)
                guard let name = known.first(where: { ClientKey.of($0) == wanted }) else {
                    throw ListError.unknownManager(manager, known: known)
                }
                managerName = name
            }
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT c.id, c.source, c.client, c.contact_name, c.contact_email, c.training, c.trainer,
                           c.low_scores, c.registered_on, c.contact_due, c.contacted_on, c.resolution_due,
                           cl.manager_name
                    FROM complaint_case c LEFT JOIN client cl ON cl.client_key = c.client_key
                    WHERE c.closed_on IS NULL AND (?1 IS NULL OR cl.manager_name = ?1)
                    """,
                arguments: [managerName])
            var items: [FollowUpItem] = []
            while let row = try rows.next() {
                let contactDue = try Self.date(row, "contact_due")
                let contactedOn = (row["contacted_on"] as String?).flatMap(LocalDate.init)
                let resolutionDue = try Self.date(row, "resolution_due")
                let (urgency, late) = FollowUpList.urgency(
                    contactDue: contactDue, contactedOn: contactedOn, resolutionDue: resolutionDue, today: today,
                    calendar: calendar)
                items.append(
                    FollowUpItem(
                        caseID: row["id"], source: CaseSource(rawValue: row["source"]) ?? .evaluation,
                        client: row["client"], respondent: row["contact_name"], respondentEmail: row["contact_email"],
                        training: row["training"], trainer: row["trainer"], lowScores: row["low_scores"],
                        manager: row["manager_name"], registeredOn: try Self.date(row, "registered_on"),
                        contactDue: contactDue, contactedOn: contactedOn, resolutionDue: resolutionDue,
                        urgency: urgency, workingDaysOverdue: late))
            }
            return FollowUpList(day: today, manager: managerName, items: items)
        }
    }

    /// Reads a stored `yyyy-MM-dd` column; a bad one means the database was edited by hand.
    static func date(_ row: Row, _ column: String) throws -> LocalDate {
        let text: String = row[column]
        guard let date = LocalDate(text) else { throw ListError.corruptDate(column: column, value: text) }
        return date
    }
}
