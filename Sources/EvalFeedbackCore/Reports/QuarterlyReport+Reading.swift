import Foundation
import GRDB

extension AppDatabase {
    /// The quality report for `period` as known on `today`. Response figures come from SQL
    /// aggregates over the indexed submission date; only the period's cases are read one by one.
    ///
    /// The distribution, the trend and the groups are read on a second connection at the same
    /// time as the rest: the machine has two cores, and a quarter of a million responses.
    public func quarterlyReport(_ period: ReportPeriod, today: LocalDate, settings: Settings = Settings()) throws
        -> QuarterlyReport
    {
        let low = settings.lowScoreThreshold
        // Its own connection, or the two halves would take turns on this one.
        let reader: any DatabaseReader = secondReader() ?? writer
        let (tables, figures) = try Beside.run(
            {
                    try reader.read { db in
                        let tables = try PeriodTables(db, period, scoring: ScoringPolicy(lowThreshold: low))
                        return ResponseTables(
                            distribution: Dimension.allCases.enumerated().map {
                                QuarterlyReport.Distribution(
                                    dimension: $1, counts: tables.counts[$0], lowCounts: tables.lowCounts[$0])
                            },
                            trend: try ReportQueries.trend(db, endingAt: period.to).map {
                                QuarterlyReport.MonthMeans(
                                    month: $0.month, responses: $0.responses, means: $0.dimensions.map(\.mean))
                            },
                            trainings: QuarterlyReport.GroupFigures.grouped(tables.trainings),
                            trainers: QuarterlyReport.GroupFigures.grouped(tables.trainers, byNameKey: true))
                    }
            }, while: { try mainFigures(period, today: today, settings: settings) })
        return QuarterlyReport(
            schemaVersion: QuarterlyReport.currentSchemaVersion, period: period, previousPeriod: period.previous,
            yearEarlierPeriod: period.yearEarlier, madeOn: today, lowScoreThreshold: low, headline: figures.headline,
            distribution: tables.distribution, trend: tables.trend, trainings: tables.trainings,
            trainers: tables.trainers, handling: figures.handling, recurring: figures.recurring,
            satisfied: figures.satisfied)
    }

    /// The headline, the handling, the causes and satisfaction.
    private func mainFigures(_ period: ReportPeriod, today: LocalDate, settings: Settings) throws
        -> (
            headline: QuarterlyReport.Headline, handling: QuarterlyReport.Handling,
            recurring: [QuarterlyReport.RecurringCause], satisfied: QuarterlyReport.Share
        )
    {
        let scoring = ScoringPolicy(lowThreshold: settings.lowScoreThreshold)
        return try writer.read { db in
            let now = try ReportQueries.responses(db, period, scoring: scoring)
            let before = try ReportQueries.responses(db, period.previous, scoring: scoring)
            let yearAgo = try ReportQueries.responses(db, period.yearEarlier, scoring: scoring)
            let cases = try ReportQueries.caseCounts(db, period)
            let casesBefore = try ReportQueries.caseCounts(db, period.previous)
            let casesYearAgo = try ReportQueries.caseCounts(db, period.yearEarlier)
            func compared(_ pick: (ReportQueries.PeriodSums) -> Double?) -> QuarterlyReport.Compared {
                .init(value: pick(now), previous: pick(before), yearEarlier: pick(yearAgo))
            }
            func comparedCases(_ index: Int) -> QuarterlyReport.Compared {
                .init(
                    value: Double(cases[index]), previous: Double(casesBefore[index]),
                    yearEarlier: Double(casesYearAgo[index]))
            }
            let dimensions = Dimension.allCases.enumerated().map { index, dimension in
                QuarterlyReport.DimensionHeadline(
                    dimension: dimension, mean: compared { $0.dimensions[index].mean },
                    lowShare: compared { $0.dimensions[index].lowShare.share }, low: now.dimensions[index].lowShare)
            }
            let headline = QuarterlyReport.Headline(
                responses: compared { Double($0.responses) }, flags: compared { Double($0.flags) },
                casesOpened: comparedCases(0), casesClosed: comparedCases(1), casesOpenAtEnd: comparedCases(2),
                dimensions: dimensions)
            let complaints = try ReportQueries.cases(db, registeredIn: period, defaultManager: nil)
            let satisfaction = try ReportQueries.satisfaction(db, period)
            return (
                headline,
                QuarterlyReport.Handling(cases: complaints, period: period, today: today, calendar: settings.calendar),
                try ReportQueries.recurring(db, period).map {
                    QuarterlyReport.RecurringCause(
                        cause: $0.cause, training: $0.training, trainer: $0.trainer, cases: $0.cases,
                        quarters: $0.quarters)
                },
                QuarterlyReport.Share(count: satisfaction.satisfied, of: satisfaction.answered)
            )
        }
    }

    /// The report of one quarter.
    public func quarterlyReport(_ quarter: Quarter, today: LocalDate, settings: Settings = Settings()) throws
        -> QuarterlyReport
    {
        try quarterlyReport(ReportPeriod(quarter), today: today, settings: settings)
    }
}

/// The tables read on the second connection.
private struct ResponseTables: Sendable {
    let distribution: [QuarterlyReport.Distribution]
    let trend: [QuarterlyReport.MonthMeans]
    let trainings: [QuarterlyReport.GroupFigures]
    let trainers: [QuarterlyReport.GroupFigures]
}

extension ReportQueries.Sums {
    /// The mean score; nil when nobody gave one.
    var mean: Double? { count == 0 ? nil : total / Double(count) }
    /// The low scores among those given (R2).
    var lowShare: QuarterlyReport.Share { QuarterlyReport.Share(count: low, of: count) }
}
