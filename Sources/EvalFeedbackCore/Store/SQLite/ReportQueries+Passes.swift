import GRDB
import GRDBSQLite

extension ReportQueries {
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
}
