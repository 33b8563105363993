/// What an import needs to know besides the file: the day it acts on, the rules' settings,
/// and what the user says about the export (its tool, its form, context it lacks).
public struct ImportSettings: Sendable {
    /// The day the import counts as running on (`--as-of`): cases are never registered later.
    public var today: LocalDate
    /// Which scores are low (R2).
    public var scoring: ScoringPolicy
    /// The working-day calendar for deadlines (R8-R10).
    public var calendar: WorkingDayCalendar
    /// Read the file as this tool's export instead of detecting it (`--profile`).
    public var profile: ExportProfile?
    /// The form the responses belong to (`--form`): scopes response ids (R6).
    public var form: String?
    /// Values for fields the export lacks (`--training`, `--client`, ...); the file's own
    /// value wins where it has one.
    public var context: [EvaluationField: String]
    /// The mapping file's instructions, if one was given.
    public var mapping: ImportMapping
    /// False to read every record by the general reading: for the test that proves the plain
    /// reading (`PlainLayout`) stores exactly what the general one would.
    var plainReading = true
    /// From this size on, a file imported into a register that holds few responses gets the
    /// register's indexes of responses built after its rows (`ImportWriter`): 4 MiB, about
    /// 25,000 responses. Smaller for the tests that prove both ways store the same.
    var bulkImportBytes = 4 << 20

    /// Settings for an import on `today` with the procedure's defaults.
    public init(
        today: LocalDate, scoring: ScoringPolicy = ScoringPolicy(), calendar: WorkingDayCalendar = .netherlands(),
        profile: ExportProfile? = nil, form: String? = nil, context: [EvaluationField: String] = [:],
        mapping: ImportMapping = ImportMapping()
    ) {
        self.today = today
        self.scoring = scoring
        self.calendar = calendar
        self.profile = profile
        self.form = form
        self.context = context
        self.mapping = mapping
    }
}
