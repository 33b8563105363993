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
            try Self.refuseUnknownStates(in: db)
            // Half the cases are read on a second connection at the same time. While this
            // connection reads, no import can commit, so both halves see the same register.
            let row = try Row.fetchOne(db, sql: "SELECT MIN(id), MAX(id) FROM complaint_case")
            let (first, last) = (row?[0] as Int64? ?? 0, row?[1] as Int64? ?? 0)
            let middle = first / 2 + last / 2
            // The numbers bound how many cases there are; room for more than the usual list
            // costs address space only, but a register of millions keeps to a modest start.
            let room = Int(clamping: min(last - first + 1, 200_000))
            let choice = FollowUpChoice(
                today: today, manager: managerName, spelling: spelling, settings: settings)
            var rows: FollowUpRows
            if let reader = secondReader() {
                let side = SideResult<FollowUpRows>()
                let group = DispatchGroup()
                DispatchQueue.global().async(group: group) {
                    side.set(
                        Result { try reader.read { try choice.rows(in: $0, ids: Int64.min...middle, room: room) } })
                }
                let later = try choice.rows(in: db, ids: (middle + 1)...Int64.max, room: room / 2 + 1)
                group.wait()
                rows = try side.get()
                rows.append(contentsOf: later)
            } else {
                rows = try choice.rows(in: db, ids: Int64.min...Int64.max, room: room)
            }
            return FollowUpList(day: today, manager: managerName, rows: rows)
        }
    }

    /// Refuses a case whose state this version does not know, as `CaseRecord` does: the list
    /// picks its cases by state, and would leave such a case out without a word. Each gap
    /// between the known states is one seek on `case_by_state`, not a pass over every case.
    static func refuseUnknownStates(in db: Database) throws {
        let known = CaseState.allCases.map(\.rawValue).sorted()
        let gaps = ["state < ?"] + Array(repeating: "(state > ? AND state < ?)", count: known.count - 1) + ["state > ?"]
        let bounds = [known[0]] + zip(known, known.dropFirst()).flatMap { [$0, $1] } + [known[known.count - 1]]
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT id, state FROM complaint_case WHERE \(gaps.joined(separator: " OR ")) LIMIT 1",
                arguments: StatementArguments(bounds))
        else { return }
        throw ListError.corruptValue(case: row[0], column: "state", value: row[1], known: CaseState.allCases.map(\.rawValue))
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
