import GRDB

/// The quality report's queries: aggregates in SQL over the case indexes, and the raw passes
/// over the responses found by date (`ReportQueries+Passes`, in the store's SQLite folder).
enum ReportQueries {
    /// One dimension's scores in a period or month: what the report's means and shares are
    /// worked out from (in Reports).
    struct Sums: Sendable {
        /// The scores added up.
        private(set) var total = 0.0
        /// How many scores were given (an empty one is not applicable, R4).
        private(set) var count = 0
        /// How many of them were low (R2).
        private(set) var low = 0

        mutating func add(_ score: Double, low isLow: Bool) {
            total += score
            count += 1
            if isLow { low += 1 }
        }
    }

    /// Responses, flags and per-dimension sums of one period, by `Dimension.allCases`.
    struct PeriodSums {
        var responses = 0
        var flags = 0
        var dimensions = Dimension.allCases.map { _ in Sums() }
    }

    /// One month's responses and per-dimension sums, by `Dimension.allCases`.
    struct MonthSums: Sendable {
        /// `yyyy-MM`.
        let month: String
        var responses = 0
        var dimensions = Dimension.allCases.map { _ in Sums() }
    }

    /// A cause recorded at closing for a training and trainer, how often in the period, and
    /// every quarter (`2026-Q3`) up to the period's end in which it was recorded for them.
    struct CauseCount {
        let cause: String
        let training: String
        let trainer: String
        let cases: Int
        let quarters: [String]
    }

    /// Opened in, closed in, and open at the end of the period, each counted on an index: open
    /// at the end is registered by then less closed by then (a case closes after it is registered).
    static func caseCounts(_ db: Database, _ period: ReportPeriod) throws -> [Int] {
        typealias Columns = CaseRecord.Columns
        let (from, to) = (period.from.description, period.to.description)
        let cases = CaseTable.all()
        let opened = try cases.filter((from...to).contains(Columns.registeredOn)).fetchCount(db)
        let closed = try cases.filter((from...to).contains(Columns.closedOn)).fetchCount(db)
        let registeredByEnd = try cases.filter(Columns.registeredOn <= to).fetchCount(db)
        let closedByEnd = try cases.filter(Columns.closedOn <= to).fetchCount(db)
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
    static func recurring(_ db: Database, _ period: ReportPeriod) throws -> [CauseCount] {
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
            return CauseCount(cause: row[0], training: row[1], trainer: row[2], cases: row[3], quarters: quarters)
        }
    }

    /// Satisfied clients among the cases closed in the period that gave an answer.
    static func satisfaction(_ db: Database, _ period: ReportPeriod) throws -> (satisfied: Int, answered: Int) {
        typealias Columns = CaseRecord.Columns
        let closed = CaseTable.filter(
            (period.from.description...period.to.description).contains(Columns.closedOn))
        let satisfied = try closed.filter(Columns.clientSatisfied == ClientSatisfaction.yes.rawValue).fetchCount(db)
        let answered = try closed.filter(
            [ClientSatisfaction.yes.rawValue, ClientSatisfaction.no.rawValue].contains(Columns.clientSatisfied)
        ).fetchCount(db)
        return (satisfied, answered)
    }
}
