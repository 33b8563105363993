/// A record read straight from its bytes: where each text is in the batch, and the scores
/// and dates already read. Made by `PlainLayout`, only for records the general reading would
/// store unchanged (no problem, nothing to trim, decode or convert).
struct PlainRecord {
    /// One range per `EvaluationField`, kept inline: no allocation per record.
    typealias Texts = InlineArray<13, Range<Int>>

    /// Each field's bytes in the batch, by `EvaluationField` order; an empty range for an
    /// empty field or a column the file lacks.
    var texts: Texts
    /// Training, day, facilities and trainer; nil when left empty (not applicable).
    var scores: (Double?, Double?, Double?, Double?)
    /// When the client submitted it.
    var submitted: ExportTimestamp?
    /// The day of the training.
    var trainingDate: LocalDate?

    /// The bytes of `field` in the batch.
    func text(_ field: EvaluationField) -> Range<Int> { texts[field.position] }

    /// The scores as a dictionary, for the scoring policy and the case.
    var scoreMap: [Dimension: Double] {
        var map: [Dimension: Double] = [:]
        map[.training] = scores.0
        map[.day] = scores.1
        map[.facilities] = scores.2
        map[.trainer] = scores.3
        return map
    }
}

extension EvaluationField {
    /// The field's place in `allCases`.
    var position: Int {
        switch self {
        case .responseID: 0
        case .submittedAt: 1
        case .training: 2
        case .trainingDate: 3
        case .trainer: 4
        case .client: 5
        case .respondentName: 6
        case .respondentEmail: 7
        case .scoreTraining: 8
        case .scoreDay: 9
        case .scoreFacilities: 10
        case .scoreTrainer: 11
        case .comment: 12
        }
    }
}

extension PlainRecord {
    /// The low scores (R2, R3), in `Dimension.allCases` order; empty when none is low.
    func lowScores(_ policy: ScoringPolicy) -> [LowScore] {
        var low: [LowScore] = []  // no allocation until a score is low
        func check(_ dimension: Dimension, _ score: Double?) {
            if let score, policy.isLow(score) { low.append(LowScore(dimension: dimension, score: score)) }
        }
        check(.training, scores.0)
        check(.day, scores.1)
        check(.facilities, scores.2)
        check(.trainer, scores.3)
        return low
    }
}

extension EvaluationResponse {
    /// The response a plain record holds, as the general reading would have made it: for the
    /// case a flagged one opens.
    init(plain record: PlainRecord, bytes: UnsafeBufferPointer<UInt8>) {
        func text(_ field: EvaluationField) -> String? {
            let range = record.text(field)
            return range.isEmpty ? nil : String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
        self.init(values: [:], scores: [:], monthFirst: false)
        externalID = text(.responseID)
        submittedAt = record.submitted
        training = text(.training)
        trainingDate = record.trainingDate
        trainer = text(.trainer)
        client = text(.client)
        respondentName = text(.respondentName)
        respondentEmail = text(.respondentEmail)
        scores = record.scoreMap
        comment = text(.comment)
    }
}
