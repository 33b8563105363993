/// The quality report management and auditors read: aggregates only, never a respondent's
/// name, email or comment (R16). Its JSON is versioned by `schemaVersion`.
public struct QuarterlyReport: Sendable, Codable, Equatable {
    /// The version of this JSON shape; raised whenever a field changes meaning or goes away.
    public static let currentSchemaVersion = 3

    /// The JSON shape's version: `currentSchemaVersion` when written.
    public let schemaVersion: Int
    /// The period reported on, and the two it is compared with.
    public let period: ReportPeriod
    /// The previous period.
    public let previousPeriod: ReportPeriod
    /// The same period a year earlier.
    public let yearEarlierPeriod: ReportPeriod
    /// The day the report was made as: deadlines not yet passed count neither way.
    public let madeOn: LocalDate
    /// Scores at or below this are low (R2).
    public let lowScoreThreshold: Double
    /// The headline figures, each compared with the previous period and a year earlier.
    public let headline: Headline
    /// How many gave each score, per dimension.
    public let distribution: [Distribution]
    /// The mean per dimension per month, over the twelve months up to the period's end.
    public let trend: [MonthMeans]
    /// Per training; trainings with fewer than five responses are grouped as "other".
    public let trainings: [GroupFigures]
    /// Per trainer, grouped the same way.
    public let trainers: [GroupFigures]
    /// How complaints were handled (R7-R14).
    public let handling: Handling
    /// Causes recorded at closing, with the ones that came back.
    public let recurring: [RecurringCause]
    /// Clients satisfied with the handling, of those closed in the period who said (ISO 10002).
    public let satisfied: Share
}
