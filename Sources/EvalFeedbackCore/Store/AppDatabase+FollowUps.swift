import Dispatch
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
            // One spelling per manager: `mark jansen` in one clients file and `Mark Jansen` in
            // another are one person, with one list (R15, R16).
            let known = try Self.managers(in: db, defaultManager: settings.defaultManager)
            var spelling: [String: String] = [:]
            for name in known where spelling[ClientKey.of(name)] == nil { spelling[ClientKey.of(name)] = name }
            var managerName: String?
            if let manager {
                guard let name = spelling[ClientKey.of(manager)] else {
                    throw ListError.unknownManager(manager, known: Array(Set(spelling.values)).sorted())
                }
                managerName = name
            }
            // Half the cases are read on a second connection at the same time: the list of a
            // hundred thousand cases is mostly building each case's item. While this connection
            // reads, no import can commit, so both halves see the same register.
            let middle = try Int64.fetchOne(db, sql: "SELECT (MIN(id) + MAX(id)) / 2 FROM complaint_case") ?? 0
            let choice = FollowUpChoice(
                today: today, manager: managerName, spelling: spelling, settings: settings)
            var items: [FollowUpItem]
            if let reader = secondReader() {
                let side = SideResult<[FollowUpItem]>()
                let group = DispatchGroup()
                DispatchQueue.global().async(group: group) {
                    side.set(Result { try reader.read { try choice.items(in: $0, ids: Int64.min...middle) } })
                }
                let later = try choice.items(in: db, ids: (middle + 1)...Int64.max)
                group.wait()
                items = try side.get()
                items.append(contentsOf: later)
            } else {
                items = try choice.items(in: db, ids: Int64.min...Int64.max)
            }
            return FollowUpList(day: today, manager: managerName, items: items)
        }
    }

    /// Every account manager the register knows: from the clients file, assignments and the
    /// configured default. A name spelled two ways comes first in the spelling most clients use, else the first one filed.
    static func managers(in db: Database, defaultManager: String?) throws -> [String] {
        var known = try String.fetchAll(
            db, sql: "SELECT manager_name FROM client GROUP BY manager_name ORDER BY COUNT(*) DESC, MIN(rowid)")
        for name in try String.fetchAll(
            db,
            sql: """
                SELECT DISTINCT assigned_manager FROM complaint_case WHERE assigned_manager IS NOT NULL
                ORDER BY assigned_manager
                """) where !known.contains(name)
        {
            known.append(name)
        }
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

/// Which cases a follow-up list holds, and how each becomes an item (R9-R16).
private struct FollowUpChoice: Sendable {
    let today: LocalDate
    /// Only this account manager's cases, when set.
    let manager: String?
    /// One spelling per manager, by the key of a name (R15).
    let spelling: [String: String]
    let settings: Settings

    /// The items of the cases numbered `ids` that are still being handled or still owe the
    /// client something.
    func items(in db: Database, ids: ClosedRange<Int64>) throws -> [FollowUpItem] {
        var items: [FollowUpItem] = []
        let calendar = settings.calendar
        // A manager's name is spelled once per name, not once per case.
        var spelled: [String: String] = [:]
        // Stepped raw: a list of a hundred thousand cases spent a third of its time in GRDB's
        // boxing of each column.
        try RowWalk.each(
            db,
            """
            SELECT \(ComplaintCase.selection)
            FROM complaint_case c LEFT JOIN client cl ON cl.client_key = c.client_key
            WHERE (c.state IN ('registered', 'contacted', 'appealed')
                   OR (c.closing_email_owed = 1 AND c.closing_email_sent_on IS NULL)
                   OR (c.ruling = 'upheld' AND c.consequences_done_on IS NULL))
              AND c.registered_on <= ? AND c.purged_on IS NULL AND c.id BETWEEN ? AND ?
            """, [today.description, ids.lowerBound, ids.upperBound]
        ) { handle in
            var current = try ComplaintCase(
                columns: RowWalk.Columns(handle: handle), defaultManager: settings.defaultManager)
            current.manager = current.manager.map { name in
                if let known = spelled[name] { return known }
                let spelling = spelling[ClientKey.of(name)] ?? name
                spelled[name] = spelling
                return spelling
            }
            if let manager, current.manager != manager { return }
            items.append(FollowUpItem(current, today: today, calendar: calendar))
        }
        return items
    }
}
