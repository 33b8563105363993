import GRDB
import GRDBSQLite

extension ReportQueries {
    /// The sums of one period, from one raw pass over its responses (SQL's aggregates with
    /// filters took four times as long); a score is low as `scoring` says (R2).
    static func responses(_ db: Database, _ period: ReportPeriod, scoring: ScoringPolicy) throws -> PeriodSums {
        var figures = PeriodSums()
        let dimensions = Dimension.allCases.indices
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
                figures.dimensions[dimension].add(score, low: scoring.isLow(score))
            }
        }
        return figures
    }

    /// Twelve months ending with the period's last month: one range query per month, each read
    /// from the covering index in date order (a grouped query would sort a year of rows).
    static func trend(_ db: Database, endingAt end: LocalDate) throws -> [MonthSums] {
        // One pass over the twelve months, each response counted in its month's bucket.
        let months = (0..<12).map { offset in
            let index = end.year * 12 + end.month - 1 - (11 - offset)
            return LocalDate(checked: index / 12, index % 12 + 1, 1)
        }
        let last = months[11]
        let through = LocalDate(checked: last.year, last.month, LocalDate.daysIn(month: last.month, year: last.year))
        var buckets = months.map { MonthSums(month: String($0.description.prefix(7))) }
        let dimensions = Dimension.allCases.indices
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
            buckets[bucket].responses += 1
            for dimension in dimensions {
                guard let score = RowWalk.score(handle, Int32(1 + dimension)) else { continue }
                buckets[bucket].dimensions[dimension].add(score, low: false)
            }
        }
        return buckets
    }
}
