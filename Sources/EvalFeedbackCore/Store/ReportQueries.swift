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

    static let scoreColumns = ["score_training", "score_day", "score_facilities", "score_trainer"]

    /// The figures of one period, from one raw pass over its responses (SQL's aggregates with
    /// filters took four times as long).
    static func responses(_ db: Database, _ period: ReportPeriod, low: Double) throws -> ResponseFigures {
        var figures = ResponseFigures()
        var sums = [Double](repeating: 0, count: 4)
        var counts = [Int](repeating: 0, count: 4)
        var lows = [Int](repeating: 0, count: 4)
        try RowWalk.each(
            db,
            """
            SELECT is_flagged, score_training, score_day, score_facilities, score_trainer
            FROM response INDEXED BY response_by_date WHERE response_date BETWEEN ? AND ?
            """, [period.from.description, period.to.description]
        ) { handle in
            figures.responses += 1
            if sqlite3_column_int64(handle, 0) != 0 { figures.flags += 1 }
            for dimension in 0..<4 {
                guard let score = RowWalk.score(handle, Int32(1 + dimension)) else { continue }
                sums[dimension] += score
                counts[dimension] += 1
                if score <= low { lows[dimension] += 1 }
            }
        }
        figures.means = (0..<4).map { counts[$0] == 0 ? nil : sums[$0] / Double(counts[$0]) }
        figures.low = (0..<4).map { QuarterlyReport.Share(count: lows[$0], of: counts[$0]) }
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
        var sums = [[Double]](repeating: [0, 0, 0, 0], count: 12)
        var counts = [[Int]](repeating: [0, 0, 0, 0], count: 12)
        let firstMonth = months[0].year * 12 + months[0].month - 1
        try RowWalk.each(
            db,
            """
            SELECT response_date, score_training, score_day, score_facilities, score_trainer
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
            for dimension in 0..<4 {
                guard let score = RowWalk.score(handle, Int32(1 + dimension)) else { continue }
                sums[bucket][dimension] += score
                counts[bucket][dimension] += 1
            }
        }
        return months.indices.map { bucket in
            QuarterlyReport.MonthMeans(
                month: String(months[bucket].description.prefix(7)), responses: responses[bucket],
                means: (0..<4).map { counts[bucket][$0] == 0 ? nil : sums[bucket][$0] / Double(counts[bucket][$0]) })
        }
    }

    /// Per training or trainer, from each stored name's sums (`PeriodTables`): names that
    /// differ only in surrounding spaces, and blanks, are one row each; fewer than five
    /// responses are grouped, so that nobody can be recognised. With `byNameKey` (trainers),
    /// names that differ only in case or accents (`Mehmet Yilmaz`, `Mehmet Yılmaz`) are one
    /// row too, shown in the spelling most responses use.
    static func groups(_ sums: [String: [Double]], byNameKey: Bool = false) -> [QuarterlyReport.GroupFigures] {
        var merged: [String: [Double]] = [:]
        var spellings: [String: [String: Double]] = [:]
        for (stored, values) in sums {
            let name = stored.trimmedOrNil ?? "(not given)"
            let key = byNameKey && stored.trimmedOrNil != nil ? NameKey.of(name) : name
            merged[key] = zip(merged[key] ?? Array(repeating: 0, count: 10), values).map(+)
            spellings[key, default: [:]][name, default: 0] += values[0]
        }
        // The most used spelling; between equals, the first in order.
        merged = Dictionary(
            merged.map { key, values in
                let spelled = spellings[key]?.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }
                return (spelled?.key ?? key, values)
            }, uniquingKeysWith: { zip($0, $1).map(+) })
        var groups: [QuarterlyReport.GroupFigures] = []
        var small = (names: 0, values: [Double](repeating: 0, count: 10))
        for (name, values) in merged.sorted(by: { $0.key < $1.key }) {
            if values[0] < 5 {
                small.names += 1
                small.values = zip(small.values, values).map(+)
            } else {
                groups.append(figures(name, values))
            }
        }
        if small.values[0] > 0 {
            groups.append(figures("other (\(small.names), each under 5 responses)", small.values))
        }
        return groups
    }

    /// A row of responses, flagged, then a sum and a count per dimension.
    private static func figures(_ name: String, _ values: [Double]) -> QuarterlyReport.GroupFigures {
        .init(
            name: name, responses: Int(values[0]),
            means: (0..<4).map { values[3 + $0 * 2] == 0 ? nil : values[2 + $0 * 2] / values[3 + $0 * 2] },
            low: .init(count: Int(values[1]), of: Int(values[0])))
    }

    /// The period's cases, whole: for the register extract.
    static func cases(_ db: Database, registeredIn period: ReportPeriod, defaultManager: String?) throws
        -> [ComplaintCase]
    {
        try Row.fetchAll(
            db,
            sql: """
                SELECT \(ComplaintCase.selection) FROM \(ComplaintCase.source)
                WHERE c.registered_on BETWEEN ? AND ? ORDER BY c.id
                """, arguments: [period.from.description, period.to.description]
        ).map { try ComplaintCase(row: $0, defaultManager: defaultManager) }
    }

    /// The period's cases with only what the handling figures need, read by position: a
    /// quarter can hold tens of thousands.
    static func handlingCases(_ db: Database, registeredIn period: ReportPeriod) throws -> [ComplaintCase] {
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT id, source, low_scores, registered_on, contact_due, resolution_due, contacted_on, closed_on,
                       outcome, extension_told_on, extension_expected, extension_reason, extension_late, missed_deadline,
                       appealed_on, ruling, ruled_on, state
                FROM complaint_case WHERE registered_on BETWEEN ? AND ? ORDER BY id
                """, arguments: [period.from.description, period.to.description])
        var cases: [ComplaintCase] = []
        while let row = try rows.next() {
            func date(_ index: Int) -> LocalDate? { (row[index] as String?).flatMap(LocalDate.init) }
            guard let registered = date(3), let contactDue = date(4), let resolutionDue = date(5) else { continue }
            let closing = date(7).map {
                CaseClosing(
                    closedOn: $0, outcome: CaseOutcome(rawValue: row[8] ?? "") ?? .resolved, resolution: "", cause: "",
                    clientSatisfied: .unknown, emailOwed: false, emailSentOn: nil)
            }
            let extended = date(9).flatMap { told in
                date(10).map { CaseExtension(reason: row[11] ?? "", expected: $0, toldOn: told, late: row[12]) }
            }
            let appeal = date(14).map {
                CaseAppeal(
                    appealedOn: $0, thirdParty: nil, ruling: (row[15] as String?).flatMap(Ruling.init),
                    ruledOn: date(16),
                    rulingText: nil, consequencesDoneOn: nil)
            }
            cases.append(
                ComplaintCase(
                    id: row[0], source: CaseSource(rawValue: row[1]) ?? .evaluation, client: nil, contactName: nil,
                    contactEmail: nil, training: nil, trainer: nil, lowScores: row[2], summary: nil,
                    registeredOn: registered, contactDue: contactDue, resolutionDue: resolutionDue,
                    state: CaseState(rawValue: row[17]) ?? .registered, contactedOn: date(6), manager: nil,
                    managerAssigned: false, extension: extended, missedDeadline: date(13), closing: closing,
                    appeal: appeal
                ))
        }
        return cases
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
