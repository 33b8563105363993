/// What an import needs to know besides the file: the day it acts on and the rules' settings.
public struct ImportSettings: Sendable {
    /// The day the import counts as running on (`--as-of`): cases are never registered later.
    public var today: LocalDate
    /// Which scores are low (R2).
    public var scoring: ScoringPolicy
    /// The working-day calendar for deadlines (R8-R10).
    public var calendar: WorkingDayCalendar

    /// Settings for an import on `today` with the procedure's defaults.
    public init(
        today: LocalDate, scoring: ScoringPolicy = ScoringPolicy(), calendar: WorkingDayCalendar = .netherlands()
    ) {
        self.today = today
        self.scoring = scoring
        self.calendar = calendar
    }
}
