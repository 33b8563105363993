/// One record's fields as texts and scores, from every column that holds them.
///
/// A field with several columns (two matrix rows for the trainer, a Dutch and an English
/// section) takes its lowest valid score, so that a low score in any of them flags (R4); its
/// comments are joined; for other fields the first filled-in column counts.
struct RecordValues {
    /// The texts, as the file has them (context the file lacks not filled in): what the
    /// response's fingerprint is made of, so that `--client` does not change it (R6).
    private(set) var own: [EvaluationField: String] = [:]
    /// The texts with context filled in where the file had none.
    private(set) var all: [EvaluationField: String] = [:]
    /// Each score column's reading, per field.
    private(set) var scores: [EvaluationField: ScoreValue] = [:]
    /// Problems with single fields (R4).
    private(set) var problems: [FieldProblem] = []

    init(
        _ fields: [[UInt8]], header: HeaderMap, scale: ScoreScale, context: [EvaluationField: String],
        decode: ([UInt8]) -> (text: String, problem: FieldIssue?)
    ) {
        for (field, index) in header.orderedColumns {
            let decoded = decode(fields[index])
            if let problem = decoded.problem { problems.append(FieldProblem(field: field, issue: problem)) }
            guard let extra = header.extraColumns[field] else {
                // The usual case: one column for the field.
                own[field] = decoded.text
                if EvaluationField.required.contains(field) {
                    scores[field] = scale.read(decoded.text, columnRange: header.answerRanges[index])
                }
                continue
            }
            var columns = [(text: decoded.text, index: index)]
            for column in extra {
                let more = decode(fields[column])
                columns.append((more.text, column))
                if let problem = more.problem { problems.append(FieldProblem(field: field, issue: problem)) }
            }
            if EvaluationField.required.contains(field) {
                let (text, score) = lowest(field, columns, header: header, scale: scale)
                own[field] = text
                scores[field] = score
            } else if field == .comment {
                own[field] = columns.map { $0.text.trimmed }.filter { !$0.isEmpty }.joined(separator: "\n")
            } else {
                own[field] = columns.first { !$0.text.trimmed.isEmpty }?.text ?? decoded.text
            }
        }
        if !header.nameParts.isEmpty {
            own[.respondentName] = header.nameParts.map { decode(fields[$0]).text.trimmed }.filter { !$0.isEmpty }
                .joined(separator: " ")
        }
        for field in [EvaluationField.respondentName, .respondentEmail] {
            if let value = own[field], value.utf8.count <= 12,
                ["anonymous", "anoniem", "anonym"].contains(value.trimmed.lowercased())
            {
                own[field] = ""
            }
        }
        all = own
        for (field, value) in context where (all[field] ?? "").trimmed.isEmpty { all[field] = value }
        for field in EvaluationField.required where scores[field] == nil {
            scores[field] = scale.read(all[field] ?? "")
        }
    }

    /// The lowest valid score among a field's columns; other columns' invalid values are
    /// warnings. Without any valid score, the first invalid value stands (and is warned about).
    private mutating func lowest(
        _ field: EvaluationField, _ columns: [(text: String, index: Int)], header: HeaderMap, scale: ScoreScale
    ) -> (String, ScoreValue) {
        let read = columns.map { ($0.text, scale.read($0.text, columnRange: header.answerRanges[$0.index])) }
        let valid = read.filter { $0.1.value != nil }
        guard let lowest = valid.min(by: { ($0.1.value ?? 0) < ($1.1.value ?? 0) }) else {
            return read.first { if case .invalid = $0.1 { true } else { false } } ?? read.first ?? ("", .notApplicable)
        }
        for (text, value) in read where columns.count > 1 {
            if case .invalid = value {
                problems.append(FieldProblem(field: field, issue: .otherColumnNotAScore(text: text.trimmed)))
            }
        }
        return lowest
    }
}
