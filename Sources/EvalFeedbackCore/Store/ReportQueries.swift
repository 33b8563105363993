import GRDB

/// The quality report's queries: aggregates in SQL over `response_by_date` and the case indexes.
enum ReportQueries {
    /// Responses, flags and per-dimension means and low shares of one period.
    struct ResponseFigures {
        var responses = 0
        var flags = 0
        var means: [Double?] = []
        var low: [QuarterlyReport.Share] = []
    }

    static let scoreColumns = ["score_training", "score_day", "score_facilities", "score_trainer"]

    static func responses(_ db: Database, _ period: ReportPeriod, low: Double) throws -> ResponseFigures {
        let perDimension = scoreColumns.map { "AVG(\($0)), COUNT(\($0)), COUNT(*) FILTER (WHERE \($0) <= :low)" }
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT COUNT(*), COUNT(*) FILTER (WHERE is_flagged), \(perDimension.joined(separator: ", "))
                    FROM response WHERE response_date BETWEEN :from AND :to
                    """,
                arguments: ["low": low, "from": period.from.description, "to": period.to.description])
        else { return ResponseFigures() }
        var figures = ResponseFigures(responses: row[0], flags: row[1])
        for index in scoreColumns.indices {
            figures.means.append(row[2 + index * 3])
            figures.low.append(QuarterlyReport.Share(count: row[4 + index * 3], of: row[3 + index * 3]))
        }
        return figures
    }

    /// Opened in, closed in, and open at the end of the period.
    static func caseCounts(_ db: Database, _ period: ReportPeriod) throws -> [Int] {
        let row = try Row.fetchOne(
            db,
            sql: """
                SELECT COUNT(*) FILTER (WHERE registered_on BETWEEN :from AND :to),
                       COUNT(*) FILTER (WHERE closed_on BETWEEN :from AND :to),
                       COUNT(*) FILTER (WHERE registered_on <= :to AND (closed_on IS NULL OR closed_on > :to))
                FROM complaint_case
                """, arguments: ["from": period.from.description, "to": period.to.description])
        return [row?[0] ?? 0, row?[1] ?? 0, row?[2] ?? 0]
    }

    static func distribution(_ db: Database, _ period: ReportPeriod) throws -> [QuarterlyReport.Distribution] {
        try Dimension.allCases.enumerated().map { index, dimension in
            let column = scoreColumns[index]
            var counts = Array(repeating: 0, count: 10)
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT CAST(\(column) AS INTEGER), COUNT(*) FROM response
                    WHERE response_date BETWEEN ? AND ? AND \(column) IS NOT NULL GROUP BY 1
                    """, arguments: [period.from.description, period.to.description])
            for row in rows {
                let score: Int = row[0]
                if (1...10).contains(score) { counts[score - 1] = row[1] }
            }
            return QuarterlyReport.Distribution(dimension: dimension, counts: counts)
        }
    }

    /// Twelve months ending with the period's last month.
    static func trend(_ db: Database, endingAt end: LocalDate) throws -> [QuarterlyReport.MonthMeans] {
        let first = LocalDate(checked: end.month == 12 ? end.year : end.year - 1, end.month % 12 + 1, 1)
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT substr(response_date, 1, 7), COUNT(*), \(scoreColumns.map { "AVG(\($0))" }.joined(separator: ", "))
                FROM response WHERE response_date BETWEEN ? AND ? GROUP BY 1
                """, arguments: [first.description, end.description])
        var byMonth: [String: Row] = [:]
        for row in rows { byMonth[row[0]] = row }
        return (0..<12).map { offset in
            let monthNumber = (first.month - 1 + offset) % 12 + 1
            let year = first.year + (first.month - 1 + offset) / 12
            let month = "\(year)-\(monthNumber < 10 ? "0" : "")\(monthNumber)"
            let row = byMonth[month]
            return QuarterlyReport.MonthMeans(
                month: month, responses: row?[1] ?? 0, means: (0..<4).map { row?[2 + $0] as Double? })
        }
    }

    /// Per training or trainer; fewer than five responses are grouped, so that nobody can be recognised.
    static func groups(_ db: Database, _ period: ReportPeriod, column: String, low: Double) throws
        -> [QuarterlyReport.GroupFigures]
    {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT COALESCE(NULLIF(TRIM(\(column)), ''), '(not given)'), COUNT(*), COUNT(*) FILTER (WHERE is_flagged),
                       \(scoreColumns.map { "SUM(\($0)), COUNT(\($0))" }.joined(separator: ", "))
                FROM response WHERE response_date BETWEEN ? AND ? GROUP BY 1 ORDER BY 1
                """, arguments: [period.from.description, period.to.description])
        var groups: [QuarterlyReport.GroupFigures] = []
        var small = (
            names: 0, responses: 0, flagged: 0, sums: [Double](repeating: 0, count: 4),
            counts: [Int](repeating: 0, count: 4)
        )
        for row in rows {
            let responses: Int = row[1]
            let sums = (0..<4).map { (row[3 + $0 * 2] as Double?) ?? 0 }
            let counts = (0..<4).map { (row[4 + $0 * 2] as Int?) ?? 0 }
            if responses < 5 {
                small.names += 1
                small.responses += responses
                small.flagged += row[2] as Int
                small.sums = zip(small.sums, sums).map(+)
                small.counts = zip(small.counts, counts).map(+)
                continue
            }
            groups.append(
                .init(
                    name: row[0], responses: responses,
                    means: zip(sums, counts).map { $1 == 0 ? nil : $0 / Double($1) },
                    low: .init(count: row[2], of: responses)))
        }
        if small.responses > 0 {
            groups.append(
                .init(
                    name: "other (\(small.names), each under 5 responses)", responses: small.responses,
                    means: zip(small.sums, small.counts).map { $1 == 0 ? nil : $0 / Double($1) },
                    low: .init(count: small.flagged, of: small.responses)))
        }
        return groups
    }

    static func cases(_ db: Database, registeredIn period: ReportPeriod, defaultManager: String?) throws
        -> [ComplaintCase]
    {
        try Row.fetchAll(
            db,
            sql: """
                SELECT \(ComplaintCase.selection) FROM complaint_case c LEFT JOIN client cl ON cl.client_key = c.client_key
                WHERE c.registered_on BETWEEN ? AND ? ORDER BY c.id
                """, arguments: [period.from.description, period.to.description]
        ).map { try ComplaintCase(row: $0, defaultManager: defaultManager) }
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
