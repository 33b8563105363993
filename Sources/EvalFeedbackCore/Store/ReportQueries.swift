import GRDB
import GRDBSQLite

/// The quality report's queries: raw passes over the responses found by date, and aggregates
/// in SQL over the case indexes.
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

    /// The figures of one period, from one raw pass over its responses (SQL's aggregates with
    /// filters took four times as long).
    static func responses(_ db: Database, _ period: ReportPeriod, low: Double) throws -> ResponseFigures {
        var figures = ResponseFigures()
        let dimensions = Dimension.allCases.indices
        var sums = [Double](repeating: 0, count: dimensions.count)
        var counts = [Int](repeating: 0, count: dimensions.count)
        var lows = [Int](repeating: 0, count: dimensions.count)
        try RowWalk.each(
            db,
            """
            SELECT is_flagged, \(Dimension.scoreColumns)
            FROM response INDEXED BY response_by_date WHERE response_date BETWEEN ? AND ?
            """, [period.from.description, period.to.description]
        ) { handle in
            figures.responses += 1
            if sqlite3_column_int64(handle, 0) != 0 { figures.flags += 1 }
            for dimension in dimensions {
                guard let score = RowWalk.score(handle, Int32(1 + dimension)) else { continue }
                sums[dimension] += score
                counts[dimension] += 1
                if score <= low { lows[dimension] += 1 }
            }
        }
        figures.means = dimensions.map { counts[$0] == 0 ? nil : sums[$0] / Double(counts[$0]) }
        figures.low = dimensions.map { QuarterlyReport.Share(count: lows[$0], of: counts[$0]) }
        return figures
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

    /// Twelve months ending with the period's last month: one range query per month, each read
    /// from the covering index in date order (a grouped query would sort a year of rows).
    static func trend(_ db: Database, endingAt end: LocalDate) throws -> [QuarterlyReport.MonthMeans] {
        // One pass over the twelve months, each response counted in its month's bucket.
        let months = (0..<12).map { offset in
            let index = end.year * 12 + end.month - 1 - (11 - offset)
            return LocalDate(checked: index / 12, index % 12 + 1, 1)
        }
        let last = months[11]
        let through = LocalDate(checked: last.year, last.month, LocalDate.daysIn(month: last.month, year: last.year))
        var responses = [Int](repeating: 0, count: 12)
        let dimensions = Dimension.allCases.indices
        var sums = [[Double]](repeating: dimensions.map { _ in 0 }, count: 12)
        var counts = [[Int]](repeating: dimensions.map { _ in 0 }, count: 12)
        let firstMonth = months[0].year * 12 + months[0].month - 1
        try RowWalk.each(
            db,
            """
            SELECT response_date, \(Dimension.scoreColumns)
            FROM response INDEXED BY response_by_date WHERE response_date BETWEEN ? AND ?
            """, [months[0].description, through.description]
        ) { handle in
            // `yyyy-MM-dd`: the month from its digits, without parsing the day.
            guard let date = sqlite3_column_text(handle, 0), sqlite3_column_bytes(handle, 0) >= 7 else { return }
            func number(_ start: Int, _ count: Int) -> Int {
                (start..<start + count).reduce(0) { $0 * 10 + Int(date[$1]) - 0x30 }
            }
            let bucket = number(0, 4) * 12 + number(5, 2) - 1 - firstMonth
            guard (0..<12).contains(bucket) else { return }
            responses[bucket] += 1
            for dimension in dimensions {
                guard let score = RowWalk.score(handle, Int32(1 + dimension)) else { continue }
                sums[bucket][dimension] += score
                counts[bucket][dimension] += 1
            }
        }
        return months.indices.map { bucket in
            QuarterlyReport.MonthMeans(
                month: String(months[bucket].description.prefix(7)), responses: responses[bucket],
                means: dimensions.map { counts[bucket][$0] == 0 ? nil : sums[bucket][$0] / Double(counts[bucket][$0]) })
        }
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
