import GRDB

extension AppDatabase {
    /// The quarterly quality report as known on `today`, computed by SQL aggregates.
    ///
    /// The deadline shares count a case once its deadline has passed or it was handled: a case
    /// still within its two days is neither on time nor late yet.
    public func quarterlyReport(_ quarter: Quarter, today: LocalDate, scoring: ScoringPolicy = ScoringPolicy()) throws
        -> QuarterlyReport
    {
        let from = quarter.firstDay.description
        let to = quarter.lastDay.description
        return try writer.read { db in
            let columns = ["score_training", "score_day", "score_facilities", "score_trainer"]
            let perDimension = columns.map { "AVG(\($0)), COUNT(\($0)), COUNT(*) FILTER (WHERE \($0) <= :low)" }
            let responses = try Row.fetchOne(
                db,
                sql: """
                    SELECT COUNT(*) AS responses, COUNT(*) FILTER (WHERE is_flagged) AS flags,
                           \(perDimension.joined(separator: ", "))
                    FROM response WHERE response_date BETWEEN :from AND :to
                    """,
                arguments: ["low": scoring.lowThreshold, "from": from, "to": to])
            let cases = try Row.fetchOne(
                db,
                sql: """
                    SELECT COUNT(*) FILTER (WHERE registered_on BETWEEN :from AND :to) AS opened,
                           COUNT(*) FILTER (WHERE registered_on BETWEEN :from AND :to
                                            AND (contacted_on IS NOT NULL OR contact_due < :today)) AS contact_judged,
                           COUNT(*) FILTER (WHERE registered_on BETWEEN :from AND :to
                                            AND contacted_on IS NOT NULL AND contacted_on <= contact_due) AS contacted,
                           COUNT(*) FILTER (WHERE registered_on BETWEEN :from AND :to
                                            AND (closed_on IS NOT NULL OR resolution_due < :today)) AS resolution_judged,
                           COUNT(*) FILTER (WHERE registered_on BETWEEN :from AND :to
                                            AND closed_on IS NOT NULL AND closed_on <= resolution_due) AS resolved,
                           COUNT(*) FILTER (WHERE closed_on BETWEEN :from AND :to) AS closed,
                           COUNT(*) FILTER (WHERE registered_on <= :to AND (closed_on IS NULL OR closed_on > :to))
                               AS still_open
                    FROM complaint_case
                    """,
                arguments: ["from": from, "to": to, "today": today.description])
            let dimensions = Dimension.allCases.enumerated().map { index, dimension in
                QuarterlyReport.DimensionFigures(
                    dimension: dimension, mean: responses?[2 + index * 3],
                    low: .init(count: responses?[4 + index * 3] ?? 0, of: responses?[3 + index * 3] ?? 0))
            }
            let opened: Int = cases?["opened"] ?? 0
            return QuarterlyReport(
                schemaVersion: QuarterlyReport.currentSchemaVersion, quarter: quarter.description,
                from: quarter.firstDay, to: quarter.lastDay, responses: responses?["responses"] ?? 0,
                dimensions: dimensions, flags: responses?["flags"] ?? 0, casesOpened: opened,
                casesClosed: cases?["closed"] ?? 0, casesOpenAtEnd: cases?["still_open"] ?? 0,
                contactedWithinTwoWorkingDays: .init(
                    count: cases?["contacted"] ?? 0, of: cases?["contact_judged"] ?? 0),
                resolvedWithinFourWeeks: .init(count: cases?["resolved"] ?? 0, of: cases?["resolution_judged"] ?? 0))
        }
    }
}
