import Dispatch
import GRDB

extension AppDatabase {
    /// Reads the cases that may belong on a follow-up list on `today` with `read`, in two
    /// parts at once, each on its own connection: the machine has two cores. The parts come
    /// back in case order. Under the register's write-ahead log each part reads the register
    /// as it was committed when that part began: a step or an import committed in between is
    /// in the second part's cases and not in the first's; each case is read whole, and no case
    /// is read twice or missed (the parts split the cases by number).
    ///
    /// With `manager`, only the cases that may be theirs are read (`ManagerNarrowing`): which
    /// are theirs, the list still decides.
    func readFollowUpCandidates<Part: Sendable>(
        on today: LocalDate, defaultManager: String?, manager: String? = nil,
        _ read: @escaping @Sendable (FollowUpCandidates) throws -> Part
    ) throws -> [Part] {
        try writer.read { db in
            let managers = try Self.managers(in: db, defaultManager: defaultManager)
            let narrowing = manager.flatMap {
                ManagerNarrowing(manager: $0, managers: managers, defaultManager: defaultManager)
            }
            let row = try Row.fetchOne(db, sql: "SELECT MIN(id), MAX(id) FROM complaint_case")
            let (first, last) = (row?[0] as Int64? ?? 0, row?[1] as Int64? ?? 0)
            let middle = first / 2 + last / 2
            // The numbers bound how many cases there are; room for more than the usual list
            // costs address space only, but a register of millions keeps to a modest start.
            let room = Int(clamping: min(last - first + 1, 200_000))
            guard let reader = secondReader() else {
                return [
                    try read(
                        FollowUpCandidates(
                            db: db, today: today, ids: Int64.min...Int64.max, room: room, managers: managers,
                            narrowing: narrowing))
                ]
            }
            let (earlier, later) = try Beside.run({
                try reader.read { db in
                    try read(
                        FollowUpCandidates(
                            db: db, today: today, ids: Int64.min...middle, room: room, managers: managers,
                            narrowing: narrowing))
                }
            }) {
                try read(
                    FollowUpCandidates(
                        db: db, today: today, ids: (middle + 1)...Int64.max, room: room / 2 + 1, managers: managers,
                        narrowing: narrowing))
            }
            return [earlier, later]
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

    /// Reads a stored `yyyy-MM-dd` column (of case `id`'s, when a case's); a bad one means the
    /// database was edited by hand.
    static func date(_ row: Row, _ column: String, case id: Int64? = nil) throws -> LocalDate {
        let text: String = row[column]
        guard let date = LocalDate(text) else { throw ListError.corruptDate(case: id, column: column, value: text) }
        return date
    }
}
