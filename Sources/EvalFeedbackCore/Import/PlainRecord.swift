/// A record read straight from its bytes: where each text is in the batch, and the scores
/// and dates already read. Made by `PlainLayout`, only for records the general reading would
/// store unchanged (no problem, nothing to trim, decode or convert).
///
/// Stored compactly (92 bytes, not 350): a record is handed from the reading thread through
/// a batch, a group and a lookup, and every move copies it. Its layout names no dimension: the
/// scores are kept as numbers, a byte each, so that a new dimension changes nothing here.
struct PlainRecord {
    /// The fields a plain record keeps as text, each at its raw value: all but the scores,
    /// kept as numbers, and the language, which no plainly read file has (`PlainLayout`).
    enum Text: Int, CaseIterable {
        case responseID, submittedAt, training, trainingDate, trainer, client, respondentName, respondentEmail
        case comment

        /// The export's field this text is.
        var field: EvaluationField {
            switch self {
            case .responseID: .responseID
            case .submittedAt: .submittedAt
            case .training: .training
            case .trainingDate: .trainingDate
            case .trainer: .trainer
            case .client: .client
            case .respondentName: .respondentName
            case .respondentEmail: .respondentEmail
            case .comment: .comment
            }
        }
    }

    /// Where each text's bytes start and end in the batch, by `Text` order; equal for an empty
    /// field or a column the file lacks. Inline: no allocation per record. `PlainRecordTests`
    /// checks that it has a place for every `Text`.
    private var bounds = InlineArray<9, (Int32, Int32)>(repeating: (0, 0))
    /// A byte per dimension, by `Dimension.index`: 1-10, or 0 when left empty (not applicable).
    /// Room for eight dimensions, as `ScoreVector.capacity`.
    private var scoreBytes: UInt64 = 0
    /// The submission's day number and seconds after midnight (-1: no time); `Int32.min`: none.
    private var submittedDay = Int32.min
    private var submittedSeconds: Int32 = -1
    /// The training's day number; `Int32.min`: none.
    private var trainingDay = Int32.min

    /// How many texts a record has room for.
    static let textCapacity = 9

    /// The largest offset a record's bytes may have in its batch.
    static let maxOffset = Int(Int32.max)

    /// The bytes of `text` in the batch.
    func text(_ text: Text) -> Range<Int> {
        let (start, end) = bounds[text.rawValue]
        return Int(start)..<Int(end)
    }

    /// Sets where `text` is; `range` must end by `maxOffset`.
    mutating func setText(_ text: Text, _ range: Range<Int>) {
        bounds[text.rawValue] = (Int32(range.lowerBound), Int32(range.upperBound))
    }

    /// The score on `dimension`; nil when left empty (not applicable). Whole scores 1-10: the
    /// only ones a plain record has.
    func score(_ dimension: Dimension) -> Double? {
        let byte = UInt8(truncatingIfNeeded: scoreBytes >> (8 * dimension.index))
        return byte == 0 ? nil : Double(byte)
    }

    /// Sets the score on `dimension` (a whole 1-10, or nil).
    mutating func setScore(_ score: Double?, for dimension: Dimension) {
        let shift = UInt64(8 * dimension.index)
        scoreBytes = scoreBytes & ~(0xFF << shift) | UInt64(score.map { UInt8($0) } ?? 0) << shift
    }

    /// The scores as the register's row takes them.
    var scores: ScoreVector { ScoreVector(score) }

    /// The day number of the submission, if it has one: compared without making a date.
    var submittedDayNumber: Int? { submittedDay == Int32.min ? nil : Int(submittedDay) }

    /// The submission's seconds after midnight, when it gave a time.
    var submittedSecondsOfDay: Int? { submittedDay == Int32.min || submittedSeconds < 0 ? nil : Int(submittedSeconds) }

    /// The day number of the training, if it has one.
    var trainingDayNumber: Int? { trainingDay == Int32.min ? nil : Int(trainingDay) }

    /// When the client submitted it.
    var submitted: ExportTimestamp? {
        get {
            guard submittedDay != Int32.min else { return nil }
            return ExportTimestamp(
                date: LocalDate(dayNumber: Int(submittedDay)),
                secondsOfDay: submittedSeconds < 0 ? nil : Int(submittedSeconds))
        }
        set {
            submittedDay = newValue.map { Int32($0.date.dayNumber) } ?? Int32.min
            submittedSeconds = newValue?.secondsOfDay.map { Int32($0) } ?? -1
        }
    }

    /// The day of the training.
    var trainingDate: LocalDate? {
        get { trainingDay == Int32.min ? nil : LocalDate(dayNumber: Int(trainingDay)) }
        set { trainingDay = newValue.map { Int32($0.dayNumber) } ?? Int32.min }
    }

    /// The scores as a dictionary, for the case.
    var scoreMap: [Dimension: Double] {
        var map: [Dimension: Double] = [:]
        for dimension in Dimension.allCases { map[dimension] = score(dimension) }
        return map
    }
}

extension EvaluationResponse {
    /// The response a plain record holds, as the general reading would have made it: for the
    /// case a flagged one opens.
    init(plain record: PlainRecord, bytes: UnsafeBufferPointer<UInt8>) {
        func text(_ field: PlainRecord.Text) -> String? {
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
