/// The survey tool an export comes from, and what that tells the importer: how many header
/// rows, how its ids and dates read, and how it marks an unfinished response. `ExportLayout`
/// recognises it from a file's first rows.
public enum ExportProfile: String, Sendable, CaseIterable, Codable {
    /// Our own canonical export, or any file with one header row of column names.
    case canonical
    /// Google Forms via Sheets: question texts, `Timestamp`, no response id, cumulative.
    case googleForms = "google-forms"
    /// Microsoft Forms via Excel: `ID`, `Start time`, `Completion time`; ids restart per form.
    case microsoftForms = "microsoft-forms"
    /// SurveyMonkey: two header rows (question, then sub-question or answer option).
    case surveyMonkey = "surveymonkey"
    /// Qualtrics: three header rows (export tags, question texts, `{"ImportId":...}`).
    case qualtrics
    /// Qualtrics' legacy export: two header rows (`V1, V2, ...`, then names and texts).
    case qualtricsLegacy = "qualtrics-legacy"
    /// LimeSurvey: question codes or texts; `submitdate` is empty for unfinished responses.
    case limeSurvey = "limesurvey"

    /// The name users see and type.
    public var displayName: String {
        switch self {
        case .canonical: "canonical (one header row)"
        case .googleForms: "Google Forms"
        case .microsoftForms: "Microsoft Forms"
        case .surveyMonkey: "SurveyMonkey"
        case .qualtrics: "Qualtrics"
        case .qualtricsLegacy: "Qualtrics (legacy export)"
        case .limeSurvey: "LimeSurvey"
        }
    }

    /// How many rows the header usually takes (`ExportLayout` counts a file's own).
    public var headerRows: Int {
        switch self {
        case .canonical, .googleForms, .microsoftForms, .limeSurvey: 1
        case .surveyMonkey, .qualtricsLegacy: 2
        case .qualtrics: 3
        }
    }

    /// True when the tool numbers responses per form (1, 2, 3, ...), so that an id only means
    /// something together with its form.
    var idsRestartPerForm: Bool { self == .microsoftForms || self == .limeSurvey }

    /// True when `1/2/2026` means January 2nd: SurveyMonkey always writes US dates.
    var slashDatesMonthFirst: Bool { self == .surveyMonkey }
}
