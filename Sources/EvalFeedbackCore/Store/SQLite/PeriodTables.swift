import GRDB
import GRDBSQLite

/// The score distribution and the per-training and per-trainer sums of one period, from one
/// pass over the quarter's rows, found by date.
///
/// Four grouped queries for the distribution and two grouped queries (each sorting the
/// quarter in a temporary b-tree) for the tables took 0.7 s over a quarter of 280,000
/// responses; one pass, stepped raw, takes a fraction of that.
struct PeriodTables {
    /// Per dimension, how many responses gave each score 1-10 (a decimal at its whole number).
    private(set) var counts = Array(repeating: Array(repeating: 0, count: 10), count: Dimension.allCases.count)
    /// Of those, the low ones (R2): a bar can hold both, as 6.5 counts at 6 and is not low.
    private(set) var lowCounts = Array(repeating: Array(repeating: 0, count: 10), count: Dimension.allCases.count)
    /// Per stored training name: responses, flagged, then a sum and a count per dimension.
    private(set) var trainings: [String: [Double]] = [:]
    /// The same per stored trainer name.
    private(set) var trainers: [String: [Double]] = [:]

    init(_ db: Database, _ period: ReportPeriod, scoring: ScoringPolicy) throws {
        var row = [Double](repeating: 0, count: Self.width)
        try RowWalk.each(
            db,
            """
            SELECT training, trainer, is_flagged, \(Dimension.scoreColumns)
            FROM response INDEXED BY response_by_date WHERE response_date BETWEEN ? AND ?
            """, [period.from.description, period.to.description]
        ) { handle in
            row[0] = 1
            row[1] = Double(sqlite3_column_int64(handle, 2))
            for dimension in Dimension.allCases.indices {
                guard let score = RowWalk.score(handle, Int32(3 + dimension)) else {
                    row[2 + dimension * 2] = 0
                    row[3 + dimension * 2] = 0
                    continue
                }
                row[2 + dimension * 2] = score
                row[3 + dimension * 2] = 1
                let whole = Int(score)
                if (1...10).contains(whole) {
                    counts[dimension][whole - 1] += 1
                    if scoring.isLow(score) { lowCounts[dimension][whole - 1] += 1 }
                }
            }
            Self.add(row, to: &trainings, name: Self.text(handle, 0))
            Self.add(row, to: &trainers, name: Self.text(handle, 1))
        }
    }

    /// The length of a name's sums: responses, flagged, then a sum and a count per dimension.
    static let width = 2 + 2 * Dimension.allCases.count

    private static func add(_ row: [Double], to sums: inout [String: [Double]], name: String?) {
        // A NULL name and an empty one end up in the same "(not given)" row.
        sums[name ?? "", default: Array(repeating: 0, count: width)].withUnsafeMutableBufferPointer { total in
            for index in 0..<width { total[index] += row[index] }
        }
    }

    private static func text(_ handle: OpaquePointer, _ column: Int32) -> String? {
        guard let bytes = sqlite3_column_text(handle, column) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }
}
