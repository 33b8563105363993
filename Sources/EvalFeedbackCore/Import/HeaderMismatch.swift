/// How a file's first rows differ from the header rows of the survey tool it was to be read as
/// (`ImportError.wrongProfile`): a value, worded in English by `text` and by a page in its
/// reader's language.
public enum HeaderMismatch: Sendable, Equatable {
    /// Qualtrics: neither its ResponseId column nor its row of `{"ImportId":...}` cells.
    case noQualtricsIDs
    /// Qualtrics' legacy export: the first row does not start with V1.
    case noV1
    /// SurveyMonkey: the second row is not its row of sub-questions (its first cell is filled in).
    case noSubQuestionRow

    /// What is wrong, in the CLI's words.
    public var text: String {
        switch self {
        case .noQualtricsIDs: "it has neither Qualtrics' ResponseId column nor its row of {\"ImportId\":...} cells"
        case .noV1: "its first row does not start with V1, as the legacy export's does"
        case .noSubQuestionRow:
            "its second row is not SurveyMonkey's row of sub-questions (its first cell is filled in)"
        }
    }
}
