import GRDB

/// The quality report's queries: aggregates in SQL over the case indexes, and the raw passes
/// over the responses found by date (`ReportQueries+Passes`, in the store's SQLite folder).
enum ReportQueries {
    /// Responses, flags and per-dimension means and low shares of one period.
    struct ResponseFigures {
        var responses = 0
        var flags = 0
        var means: [Double?] = []
        var low: [QuarterlyReport.Share] = []
    }

    /// The tables read on the second connection.
    struct ResponseTables: Sendable {
        let distribution: [QuarterlyReport.Distribution]
        let trend: [QuarterlyReport.MonthMeans]
        let trainings: [QuarterlyReport.GroupFigures]
        let trainers: [QuarterlyReport.GroupFigures]
    }

    /// Opened in, closed in, and open at the end of the period, each counted on an index: open
    /// at the end is registered by then less closed by then (a case closes after it is registered).
    static func caseCounts(_ db: Database, _ period: ReportPeriod) throws -> [Int] {
        let from = period.from.description
        let to = period.to.description
        func count(_ sql: String, _ arguments: StatementArguments) throws -> Int {
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM complaint_case WHERE " + sql, arguments: arguments) ?? 0
        }
        let opened = try count("registered_on BETWEEN ? AND ?", [from, to])
        let closed = try count("closed_on BETWEEN ? AND ?", [from, to])
        let registeredByEnd = try count("registered_on <= ?", [to])
        let closedByEnd = try count("closed_on <= ?", [to])
        return [opened, closed, registeredByEnd - closedByEnd]
    }

    /// The period's cases, by number: for the register extract and the handling figures.
    static func cases(_ db: Database, registeredIn period: ReportPeriod, defaultManager: String?) throws
        -> [ComplaintCase]
    {
        try CaseRecord.registered(in: period).fetchAll(db).map { try $0.complaintCase(defaultManager: defaultManager) }
    }

    /// Causes recorded at closing in the period, per training and trainer, with every quarter
    /// up to the period's end in which the same cause was recorded for them.
    static func recurring(_ db: Database, _ period: ReportPeriod) throws -> [QuarterlyReport.RecurringCause] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT cause, COALESCE(training, '(not given)') AS training, COALESCE(trainer, '(not given)') AS trainer,
                       COUNT(*) FILTER (WHERE closed_on BETWEEN :from AND :to) AS now,
                       GROUP_CONCAT(DISTINCT substr(closed_on, 1, 4) || '-Q' || ((CAST(substr(closed_on, 6, 2) AS INTEGER) + 2) / 3))
                FROM complaint_case WHERE cause IS NOT NULL AND closed_on <= :to
                GROUP BY 1, 2, 3 HAVING now > 0 ORDER BY now DESC, 1, 2, 3
                """, arguments: ["from": period.from.description, "to": period.to.description])
        return rows.map { row in
            let quarters = ((row[4] as String?) ?? "").split(separator: ",").map(String.init).sorted()
            return .init(cause: row[0], training: row[1], trainer: row[2], cases: row[3], quarters: quarters)
        }
    }

    /// Satisfied clients among the cases closed in the period that gave an answer.
    static func satisfaction(_ db: Database, _ period: ReportPeriod) throws -> QuarterlyReport.Share {
        let row = try Row.fetchOne(
            db,
            sql: """
                SELECT COUNT(*) FILTER (WHERE client_satisfied = 'yes'), COUNT(*) FILTER (WHERE client_satisfied IN ('yes', 'no'))
                FROM complaint_case WHERE closed_on BETWEEN ? AND ?
                """, arguments: [period.from.description, period.to.description])
        return .init(count: row?[0] ?? 0, of: row?[1] ?? 0)
    }
}
