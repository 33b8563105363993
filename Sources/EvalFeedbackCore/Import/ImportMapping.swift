/// What a mapping file tells the importer about one academy's exports, for anything the
/// profiles do not recognise by themselves (documented in docs/survey-tools.md, "Mapping files").
public struct ImportMapping: Sendable, Equatable {
    /// Read the files as this tool's exports instead of detecting it.
    public var profile: ExportProfile?
    /// The form these exports come from: a response id is unique only within its form.
    public var form: String?
    /// A regular expression over the file name whose named groups (`training`,
    /// `trainingdate`, `trainer`, `client`, `form`) give context the export lacks.
    public var fileNamePattern: String?
    /// How many header rows the export has, when the profile's number is wrong.
    public var headerRows: Int?
    /// True when `3/4/2026` means March 4th.
    public var monthFirstDates: Bool?
    /// Columns named by header text or pattern, before any detection.
    public var columns: [EvaluationField: ColumnMatcher]
    /// How the score answers read.
    public var scale: ScoreScale
    /// Values for fields the export lacks (`client: Gemeente Utrecht`).
    public var context: [EvaluationField: String]

    /// An empty mapping: detection decides everything.
    public init(
        profile: ExportProfile? = nil, form: String? = nil, fileNamePattern: String? = nil, headerRows: Int? = nil,
        monthFirstDates: Bool? = nil, columns: [EvaluationField: ColumnMatcher] = [:], scale: ScoreScale = ScoreScale(),
        context: [EvaluationField: String] = [:]
    ) {
        self.profile = profile
        self.form = form
        self.fileNamePattern = fileNamePattern
        self.headerRows = headerRows
        self.monthFirstDates = monthFirstDates
        self.columns = columns
        self.scale = scale
        self.context = context
    }
}
