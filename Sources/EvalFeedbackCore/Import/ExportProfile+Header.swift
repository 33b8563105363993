extension ExportProfile {
    /// Each column's candidate header texts, most specific last, from the header rows as this
    /// tool writes them.
    ///
    /// - SurveyMonkey: a matrix question's text stands over its first column only; its rows
    ///   are in the second header row. A column's text is the question carried forward, then
    ///   ` - ` and the row, unless the row is only `Response`.
    /// - Qualtrics: the export tag (`ResponseId`, `Q3_1`), then the question text.
    /// - Qualtrics legacy: the same; `V1`…`V10` are no known names, and a mapping file may
    ///   name a question by its tag (`Q3_1`).
    func columnTexts(_ rows: [[String]]) -> [[String]] {
        let width = rows.map(\.count).max() ?? 0
        func cell(_ row: Int, _ column: Int) -> String {
            row < rows.count && column < rows[row].count ? rows[row][column] : ""
        }
        switch self {
        case .surveyMonkey:
            var question = ""
            return (0..<width).map { column in
                let top = cell(0, column)
                let sub = cell(1, column)
                if !top.isEmpty { question = top }
                if sub.isEmpty || Self.genericAnswerLabels.contains(HeaderMap.normalise(sub)) {
                    return top.isEmpty ? [question] : [top]
                }
                return [question, "\(question) - \(sub)"]
            }
        case .qualtrics, .qualtricsLegacy:
            return (0..<width).map { [cell(0, $0), cell(1, $0)].filter { !$0.isEmpty } }
        case .canonical, .googleForms, .microsoftForms, .limeSurvey:
            return (0..<width).map { [cell(0, $0)] }
        }
    }

    /// How `rows` differ from this tool's header rows, or nil when they can be: a wrong `--profile`
    /// must not take responses for header rows.
    func headerProblem(_ rows: [[String]]) -> HeaderMismatch? {
        switch self {
        case .qualtrics
        where !(rows.count > 1 && ExportLayout.isImportIDRow(rows[rows.count - 1]))
            && !(rows.first ?? []).map(ToolVocabulary.key).contains("responseid"):
            .noQualtricsIDs
        case .qualtricsLegacy where rows.first?.first.map(HeaderMap.normalise) != "v1":
            .noV1
        case .surveyMonkey where rows.count < 2 || !(rows[1].first ?? "x").isEmpty:
            .noSubQuestionRow
        default: nil
        }
    }

    /// SurveyMonkey's second-row labels that name no sub-question.
    private static let genericAnswerLabels: Set<String> = [
        "response", "openendedresponse", "antwoord", "openantwoord", "reactie", "otherpleasespecify",
        "anderesnamelijk",
    ]
}
