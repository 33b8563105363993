/// Reads the records of a plainly laid-out file straight from their bytes: the fast reading
/// that a canonical export of a million responses takes.
///
/// A file qualifies when every field has one column (no matrix rows, no name parts), its
/// scores are plain 1-10 on a plain scale, its responses have ids, and it gives no language
/// (an export that does, a survey tool's, has a dozen other reasons not to be plain). Within it, a record is
/// read plainly only when the general reading (`RecordValues`, `EvaluationResponse`) would
/// store it unchanged: ids and texts with no space around them, valid UTF-8, scores written
/// `1`..`10` (or left empty, or `n.v.t.`), ISO dates. Anything else (`N.V.T.`, `23-11-2026`, a stray
/// space, a Windows-1252 byte, a bad date) returns nil and takes the general reading, which
/// decides and warns; so that what is stored never depends on which reading a record took.
struct PlainLayout {
    /// Each text and its column, by `PlainRecord.Text` order; nil when the file lacks it.
    private let textColumns: [(text: PlainRecord.Text, column: Int?)]
    /// Each dimension's score column, in `Dimension.allCases` order; nil when the file lacks it.
    private let scoreColumns: [Int?]
    /// Texts and scores whose empty cell takes a value from `--client` and the like: not plain
    /// when empty. In the order of `textColumns`, then `scoreColumns`.
    private let contextFields: [Bool]
    /// How many fields a record has.
    private let width: Int
    /// The header's first cell, to recognise a repeated header line.
    private let headerStart: [UInt8]
    /// What an empty score cell reads as: not applicable on a plain scale.
    private let emptyScore: Bool
    /// The way of writing "not applicable" exports use most, read as the general reading
    /// reads it (nearly one score cell in a hundred in a big export).
    private let notApplicable: [UInt8]?
    /// True when the file's form is known: ids alone are keys (R6); without one, a key needs
    /// the submission time too.
    private let hasForm: Bool

    /// The layout of a file with `header`, or nil when its records need the general reading.
    /// The last day a plain record may be submitted on: a later one gets its warning from the general reading.
    private let lastDay: Int

    init?(
        header: HeaderMap, headerFields: [[UInt8]], scale: ScoreScale, profile: ExportProfile, context: FileContext,
        today: LocalDate
    ) {
        guard header.extraColumns.isEmpty, header.nameParts.isEmpty, header.finished == nil,
            header.lastAction == nil, header.answerRanges.isEmpty, scale == ScoreScale(), profile != .limeSurvey,
            header.columns[.responseID] != nil, header.columns[.language] == nil, context.values[.language] == nil
        else { return nil }
        let texts = PlainRecord.Text.allCases.map(\.field)
        let scores = Dimension.allCases.map(EvaluationField.init(scoreOf:))
        textColumns = PlainRecord.Text.allCases.map { ($0, header.columns[$0.field]) }
        scoreColumns = scores.map { header.columns[$0] }
        contextFields = (texts + scores).map { context.values[$0] != nil }
        width = header.width
        headerStart = headerFields.first ?? []
        emptyScore = scale.read("") == .notApplicable
        notApplicable = scale.read("n.v.t.") == .notApplicable ? Array("n.v.t.".utf8) : nil
        hasForm = context.form != nil
        lastDay = today.dayNumber
    }

    /// Reads the record whose fields are `fields` (indexes into `ends`), or nil when it needs
    /// the general reading. `utf8` says the file is known to be UTF-8, so that non-ASCII text
    /// may be taken as it is; `trailingDelimiter`, that one empty field more is the file's habit.
    func read(
        _ bytes: UnsafeBufferPointer<UInt8>, ends: UnsafeBufferPointer<Int>, fields: Range<Int>, utf8: Bool,
        trailingDelimiter: Bool
    ) -> PlainRecord? {
        guard fields.count == width || (trailingDelimiter && fields.count == width + 1) else { return nil }
        func range(_ column: Int) -> Range<Int> {
            let index = fields.lowerBound + column
            return (index == 0 ? 0 : ends[index - 1])..<ends[index]
        }
        if fields.count == width + 1, !range(width).isEmpty { return nil }
        guard !mayRepeatHeader(bytes, range(0)) else { return nil }
        // Offsets beyond 2 GiB do not fit the record (a batch that size holds no evaluations).
        guard ends[fields.upperBound - 1] <= PlainRecord.maxOffset else { return nil }
        // A record all ASCII, the usual case, is checked at once rather than field by field
        // (its fields lie one after the other); one with a NUL anywhere is not plain.
        let whole = (fields.lowerBound == 0 ? 0 : ends[fields.lowerBound - 1])..<ends[fields.upperBound - 1]
        guard let ascii = PlainText.isASCII(bytes, whole) else { return nil }
        /// The bytes of a field in `column`; nil when they cannot be read plainly.
        func cell(_ column: Int?, context: Bool) -> Range<Int>? {
            guard let column else { return context ? nil : 0..<0 }
            let text = range(column)
            if text.isEmpty { return context ? nil : text }
            return PlainText.isClean(bytes, text, utf8: utf8, ascii: ascii) ? text : nil
        }
        var record = PlainRecord()
        for (place, (field, column)) in textColumns.enumerated() {
            guard let text = cell(column, context: contextFields[place]) else { return nil }
            record.setText(field, text)
        }
        guard !record.text(.responseID).isEmpty,
            !PlainText.mayBeAnonymous(bytes, record.text(.respondentName)),
            !PlainText.mayBeAnonymous(bytes, record.text(.respondentEmail))
        else { return nil }
        for (place, column) in scoreColumns.enumerated() {
            guard let text = cell(column, context: contextFields[textColumns.count + place]),
                let score = score(bytes, text)
            else { return nil }
            record.setScore(score, for: Dimension.ordered[place])
        }
        let submitted = record.text(.submittedAt)
        if !submitted.isEmpty {
            guard let timestamp = PlainText.isoTimestamp(bytes, submitted), timestamp.date.dayNumber <= lastDay
            else { return nil }
            record.submitted = timestamp
        } else if !hasForm {
            return nil
        }
        let trainingDate = record.text(.trainingDate)
        if !trainingDate.isEmpty {
            guard trainingDate.count == 10, let timestamp = PlainText.isoTimestamp(bytes, trainingDate) else {
                return nil
            }
            record.trainingDate = timestamp.date
        }
        return record
    }

    /// A score cell: `1`..`10`, or empty or `n.v.t.` (not applicable); nil for anything else.
    private func score(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Double?? {
        switch range.count {
        case 0: return emptyScore ? .some(nil) : nil
        case 1, 2:
            // Not `map`'s nil: that would be taken as "empty", not as "not plain".
            guard let score = ScoreScale.plainScore(UnsafeBufferPointer(rebasing: bytes[range])) else { return .none }
            return .some(score)
        default:
            guard let notApplicable, range.count == notApplicable.count else { return nil }
            for (offset, byte) in notApplicable.enumerated() where bytes[range.lowerBound + offset] != byte {
                return nil
            }
            return .some(nil)
        }
    }

    /// True when the cell may be the header's first cell again (a second export pasted below
    /// the first, perhaps with its byte-order mark): the general reading skips such a line.
    private func mayRepeatHeader(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var start = range.lowerBound
        if range.count >= 3, bytes[start] == 0xEF, bytes[start + 1] == 0xBB, bytes[start + 2] == 0xBF { return true }
        guard range.count == headerStart.count else { return false }
        for byte in headerStart {
            guard bytes[start] == byte else { return false }
            start += 1
        }
        return true
    }
}
