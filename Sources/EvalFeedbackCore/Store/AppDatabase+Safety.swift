import Foundation
import GRDB

extension AppDatabase {
    /// A consistent copy of the whole register at `path`, made while others may be writing
    /// (SQLite's online backup). Written beside its destination and renamed into place, mode
    /// 0600, so that a reader never finds half a backup.
    public func backup(to path: String) throws {
        let temporary = path + ".tmp-\(getpid())"
        unlink(temporary)
        let fd = Foundation.open(temporary, O_CREAT | O_EXCL | O_RDWR, 0o600)
        guard fd >= 0 else { throw StoreError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        close(fd)
        do {
            let destination = try DatabaseQueue(path: temporary)
            try writer.backup(to: destination)
            try destination.close()
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw StoreError.cannotWrite(path: path, reason: reason)
        }
    }

    /// Runs SQLite's integrity and foreign-key checks and the register's own rules. A file too
    /// damaged to be read is reported as a problem, not thrown.
    public func check() throws -> RegisterCheck {
        do {
            return try checkReadable()
        } catch let error as DatabaseError
            where [.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode)
        {
            return RegisterCheck(
                responses: 0, cases: 0, events: 0,
                problems: [
                    "the database file is damaged (\(error.message ?? "corrupt")). Restore the latest backup "
                        + "('evalfeedback backup' makes one) and import the exports since then again."
                ])
        }
    }

    private func checkReadable() throws -> RegisterCheck {
        try writer.read { db in
            var problems: [String] = []
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            if integrity != ["ok"] {
                problems.append(
                    "SQLite integrity check: \(integrity.prefix(5).joined(separator: "; ")). Restore the latest backup "
                        + "('evalfeedback backup' makes one) and import the exports since then again.")
            }
            problems += try Self.orphans(db)
            for rule in Self.consistencyRules {
                let ids = try Int64.fetchAll(db, sql: rule.sql)
                if !ids.isEmpty { problems.append("\(rule.problem): \(rule.rows) \(Self.numbers(ids))") }
            }
            return RegisterCheck(
                responses: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM response") ?? 0,
                cases: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM complaint_case") ?? 0,
                events: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM case_event") ?? 0, problems: problems)
        }
    }

    /// At most twenty numbers, then how many more: `3, 5, 8` or `1, 2, ..., 20 and 180 more`.
    static func numbers(_ ids: [Int64]) -> String { ids.map(String.init).shortList }

    /// The rows that point to rows that do not exist (SQLite's foreign key check), named per
    /// table with the row each points to: `history entries 7, 9 (of cases 99, 99, which do
    /// not exist)`.
    private static func orphans(_ db: Database) throws -> [String] {
        let words = [
            "response": "responses", "complaint_case": "cases", "case_event": "history entries",
            "reject": "rejected records", "import": "imports",
        ]
        var byTable: [String: [(row: Int64, parent: String)]] = [:]
        for row in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
            let table: String = row[0]
            let rowid: Int64 = row[1]
            let parent: String = row[2]
            byTable[table, default: []].append((rowid, parent))
        }
        return byTable.keys.sorted().map { table in
            let rows = byTable[table] ?? []
            let parents = Set(rows.map(\.parent)).sorted().map { words[$0] ?? $0 }.joined(separator: " or ")
            return "\(words[table] ?? table) \(numbers(rows.map(\.row))) point to \(parents) that do not exist "
                + "(foreign key check). Restore the latest backup, or ask for help before changing the register."
        }
    }

    /// The register's rules as queries returning the ids that break them, and what those are.
    private static let consistencyRules: [(problem: String, rows: String, sql: String)] = [
        (
            "R3: flagged responses without their case (import them again to open it)", "responses",
            """
            SELECT r.id FROM response r
            WHERE r.is_flagged AND NOT EXISTS (SELECT 1 FROM complaint_case c WHERE c.response_id = r.id) ORDER BY r.id
            """
        ),
        (
            "R13: cases without their registration in the history", "cases",
            """
            SELECT c.id FROM complaint_case c
            WHERE c.purged_on IS NULL
              AND NOT EXISTS (SELECT 1 FROM case_event e WHERE e.case_id = c.id AND e.kind = 'registered') ORDER BY c.id
            """
        ),
        (
            "R12: cases whose state does not match their dates", "cases",
            """
            SELECT id FROM complaint_case WHERE
                (state = 'registered' AND (contacted_on IS NOT NULL OR closed_on IS NOT NULL))
             OR (state = 'contacted' AND (contacted_on IS NULL OR closed_on IS NOT NULL))
             OR (state IN ('closed', 'appealed', 'ruled') AND (closed_on IS NULL OR outcome IS NULL))
             OR (state = 'appealed' AND (appealed_on IS NULL OR ruled_on IS NOT NULL))
             OR (state = 'ruled' AND (ruled_on IS NULL OR ruling IS NULL))
             OR state NOT IN ('registered', 'contacted', 'closed', 'appealed', 'ruled')
            ORDER BY id
            """
        ),
        (
            "R9, R10: cases whose deadlines come before their registration", "cases",
            "SELECT id FROM complaint_case WHERE contact_due <= registered_on OR resolution_due <= registered_on ORDER BY id"
        ),
        (
            "cases with a date that is not a date (yyyy-MM-dd)", "cases",
            """
            SELECT id FROM complaint_case WHERE
                registered_on NOT GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'
             OR contact_due NOT GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'
             OR resolution_due NOT GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'
            ORDER BY id
            """
        ),
        (
            "R12: cases with a step dated before their registration", "cases",
            """
            SELECT id FROM complaint_case WHERE contacted_on < registered_on OR closed_on < registered_on
                OR appealed_on < closed_on OR ruled_on < appealed_on ORDER BY id
            """
        ),
        (
            "R12: cases with a ruling that are not in the state 'ruled'", "cases",
            "SELECT id FROM complaint_case WHERE ruling IS NOT NULL AND state <> 'ruled' ORDER BY id"
        ),
        (
            "R3: evaluation cases without their response", "cases",
            "SELECT id FROM complaint_case WHERE source = 'evaluation' AND response_id IS NULL ORDER BY id"
        ),
    ]
}
