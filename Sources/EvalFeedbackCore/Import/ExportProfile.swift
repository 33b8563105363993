/// The survey tool an export comes from, and what that tells the importer: how many header
/// rows, how its ids and dates read, and how it marks an unfinished response.
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

    /// How many rows the header takes.
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

    /// Detects the tool from the first rows of a file (each row's cells, trimmed); nil when
    /// no tool's signature is there, and the file is read as canonical.
    static func detect(_ rows: [[String]]) -> ExportProfile? {
        guard let first = rows.first else { return nil }
        let names = Set(first.map(HeaderMap.normalise))
        if names.isSuperset(of: ["respondentid", "collectorid"]) { return .surveyMonkey }
        if first.first.map(HeaderMap.normalise) == "v1", names.contains("v2") { return .qualtricsLegacy }
        if rows.count >= 3, rows[2].contains(where: { $0.hasPrefix("{\"ImportId\"") || $0.hasPrefix("{'ImportId'") }) {
            return .qualtrics
        }
        if names.contains("responseid"), names.contains("finished"), names.contains("recordeddate") {
            return .qualtrics
        }
        if names.contains("id"), !names.isDisjoint(with: ["starttime", "begintijd"]),
            !names.isDisjoint(with: ["completiontime", "tijdstipvanvoltooien", "eindtijd"])
        {
            return .microsoftForms
        }
        if names.isSuperset(of: ["id", "submitdate", "lastpage"])
            || (!names.isDisjoint(with: ["responseid", "antwoordid"])
                && !names.isDisjoint(with: ["datesubmitted", "datumverstuurd"])
                && !names.isDisjoint(with: ["lastpage", "laatstepagina"]))
        {
            return .limeSurvey
        }
        if let firstName = first.first.map(HeaderMap.normalise),
            ["timestamp", "tijdstempel", "zeitstempel", "horodateur", "marcatemporale"].contains(firstName)
        {
            return .googleForms
        }
        return nil
    }
}
