import GRDB

extension AppDatabase {
    /// The follow-up list on `today`: every case still being handled or still owing the client
    /// something, or one account manager's (R15, R16).
    ///
    /// Throws `ListError.unknownManager` for a name nobody has, so that a typo does not look
    /// like an empty list.
    public func followUpList(on today: LocalDate, manager: String?, settings: Settings = Settings()) throws
        -> FollowUpList
    {
        try writer.read { db in
            var managerName: String?
            if let manager {
                let known = try Self.managers(in: db, defaultManager: settings.defaultManager)
                let wanted = ClientKey.of(manager)
                guard let name = known.first(where: { ClientKey.of($0) == wanted }) else {
                    throw ListError.unknownManager(manager, known: known)
                }
                managerName = name
            }
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT \(ComplaintCase.selection)
                    FROM complaint_case c LEFT JOIN client cl ON cl.client_key = c.client_key
                    WHERE (c.state IN ('registered', 'contacted', 'appealed')
                           OR (c.closing_email_owed = 1 AND c.closing_email_sent_on IS NULL)
                           OR (c.ruling = 'upheld' AND c.consequences_done_on IS NULL))
                      AND (?1 IS NULL OR COALESCE(c.assigned_manager, cl.manager_name, ?2) = ?1)
                    """,
                arguments: [managerName, settings.defaultManager])
            var items: [FollowUpItem] = []
            let calendar = settings.calendar
            while let row = try rows.next() {
                let current = try ComplaintCase(row: row, defaultManager: settings.defaultManager)
                items.append(FollowUpItem(current, today: today, calendar: calendar))
            }
            return FollowUpList(day: today, manager: managerName, items: items)
        }
    }

    /// Every account manager the register knows: from the clients file, assignments and the
    /// configured default.
    static func managers(in db: Database, defaultManager: String?) throws -> [String] {
        var known = try String.fetchAll(
            db,
            sql: """
                SELECT manager_name FROM client UNION
                SELECT assigned_manager FROM complaint_case WHERE assigned_manager IS NOT NULL ORDER BY 1
                """)
        if let defaultManager, !known.contains(defaultManager) { known.append(defaultManager) }
        return known
    }

    /// Reads a stored `yyyy-MM-dd` column; a bad one means the database was edited by hand.
    static func date(_ row: Row, _ column: String) throws -> LocalDate {
        let text: String = row[column]
        guard let date = LocalDate(text) else { throw ListError.corruptDate(column: column, value: text) }
        return date
    }
}
