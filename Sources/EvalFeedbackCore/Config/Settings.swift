/// The academy's choices where the procedure leaves room (R2, R8, R15), from the config file.
public struct Settings: Sendable, Equatable {
    /// The cause categories closing accepts when the config file names none.
    public static let defaultCauses = [
        "trainer", "content", "facilities", "catering", "organisation", "communication", "other",
    ]

    /// Which scores are low (R2).
    public var lowScoreThreshold: Double
    /// Good Friday, Liberation Day and extra closing days (R8).
    public var holidays: DutchHolidays
    /// Who gets the cases of clients without a known account manager; nil lists them as
    /// unassigned (R15).
    public var defaultManager: String?
    /// The cause categories a case can be closed with.
    public var causes: [String]
    /// The nightly job's folders and pages.
    public var nightly = NightlySettings()
    /// A mapping file's instructions for the nightly job's imports.
    public var mapping = ImportMapping()
    /// Between the cells of every CSV written for people: `;` for Dutch Excel unless configured.
    public var csvSeparator = CSVSeparator.semicolon
    /// Who letters come from and how they are sent.
    public var mail = MailSettings()
    /// The appeal route, the default language and the academy's own templates for letters.
    public var letters = LetterSettings()
    /// How evalfeedback-server's sessions, sign-ins and uploads behave (issue 23).
    public var server = ServerSettings()

    /// The procedure's defaults.
    public init(
        lowScoreThreshold: Double = 6, holidays: DutchHolidays = DutchHolidays(), defaultManager: String? = nil,
        causes: [String] = Settings.defaultCauses
    ) {
        self.lowScoreThreshold = lowScoreThreshold
        self.holidays = holidays
        self.defaultManager = defaultManager
        self.causes = causes
    }

    /// The working-day calendar these settings describe.
    public var calendar: WorkingDayCalendar { WorkingDayCalendar(holidays: holidays) }

    /// What an import on `today` needs.
    public func importSettings(today: LocalDate) -> ImportSettings {
        ImportSettings(
            today: today, scoring: ScoringPolicy(lowThreshold: lowScoreThreshold), calendar: calendar, mapping: mapping)
    }
}
