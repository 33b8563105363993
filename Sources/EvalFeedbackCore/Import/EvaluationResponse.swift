/// One evaluation response, read from a record and checked field by field (R1-R4).
public struct EvaluationResponse: Sendable, Equatable {
    /// The export's own response id, when it has one (R6).
    public var externalID: String?
    /// When the client submitted it.
    public var submittedAt: ExportTimestamp?
    /// The training's name.
    public var training: String?
    /// The day of the training.
    public var trainingDate: LocalDate?
    /// The trainer's name.
    public var trainer: String?
    /// The client organisation.
    public var client: String?
    /// The respondent's name: personal data (R16).
    public var respondentName: String?
    /// The respondent's email: personal data (R16).
    public var respondentEmail: String?
    /// The valid scores; dimensions left empty, not applicable or invalid are absent (R4).
    public var scores: [Dimension: Double] = [:]
    /// The free-text comment.
    public var comment: String?
    /// The respondent's language, when the export gives one that reads as a language code;
    /// anything else is none, without a warning (issue 24).
    public var language: LanguageCode?
    /// What was wrong with single fields; the rest of the response still counts (R4).
    public var problems: [FieldProblem] = []

    /// Reads the fields of one record, whose score cells were read already (`RecordValues`);
    /// never fails, every bad value becomes a problem. `monthFirst` says how ambiguous dates read.
    init(values: [EvaluationField: String], scores readings: [EvaluationField: ScoreValue], monthFirst: Bool) {
        func text(_ field: EvaluationField) -> String? {
            guard let value = values[field]?.trimmed, !value.isEmpty
            else { return nil }
            return value
        }
        externalID = text(.responseID)
        training = text(.training)
        trainer = text(.trainer)
        client = text(.client)
        respondentName = text(.respondentName)
        respondentEmail = text(.respondentEmail)
        comment = text(.comment)
        language = text(.language).flatMap(LanguageCode.init)
        if let raw = text(.submittedAt) {
            submittedAt = ExportTimestamp(parsing: raw, monthFirst: monthFirst)
            if submittedAt == nil {
                problems.append(FieldProblem(field: .submittedAt, issue: .notADate(text: raw)))
            }
        }
        if let raw = text(.trainingDate) {
            trainingDate = ExportTimestamp(parsing: raw, monthFirst: monthFirst)?.date
            if trainingDate == nil {
                problems.append(FieldProblem(field: .trainingDate, issue: .notADate(text: raw)))
            }
        }
        for field in EvaluationField.required {
            guard let dimension = field.dimension else { continue }
            switch readings[field] ?? .notApplicable {
            case .score(let value): scores[dimension] = value
            case .notApplicable: break
            case .invalid(let raw):
                problems.append(FieldProblem(field: field, issue: .notAScore(text: raw)))
            }
        }
    }
}

/// What is wrong with one field of a response.
public struct FieldProblem: Sendable, Equatable {
    /// The field.
    public let field: EvaluationField
    /// What is wrong.
    public let issue: FieldIssue

    /// What is wrong, and what was done about it, in the CLI's words.
    public var message: String { issue.description }
}
