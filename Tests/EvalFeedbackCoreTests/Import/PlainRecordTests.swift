import Testing

@testable import EvalFeedbackCore

/// A plain record's layout names no dimension: its texts have fixed places and its scores a
/// byte each, so a new dimension changes nothing in it.
@Suite("Plain records")
struct PlainRecordTests {
    @Test("Every text has its own place, and every other field is a score or the language")
    func textPlaces() {
        #expect(PlainRecord.Text.allCases.count == PlainRecord.textCapacity)
        var record = PlainRecord()
        for text in PlainRecord.Text.allCases { record.setText(text, text.rawValue * 10..<text.rawValue * 10 + 3) }
        for text in PlainRecord.Text.allCases {
            #expect(record.text(text) == text.rawValue * 10..<text.rawValue * 10 + 3)
        }
        let texts = Set(PlainRecord.Text.allCases.map(\.field))
        #expect(texts.count == PlainRecord.Text.allCases.count, "no two texts are the same field")
        for field in EvaluationField.allCases where !texts.contains(field) {
            #expect(field.dimension != nil || field == .language, "\(field) has no place in a plain record")
        }
    }

    @Test("A record stays compact: nine texts' offsets, a byte per score and three day numbers")
    func compact() {
        #expect(MemoryLayout<PlainRecord>.size <= 92, "copied through a batch, a group and a lookup")
    }

    @Test("R1: every dimension keeps its own score, 1-10 or none")
    func scores() {
        var record = PlainRecord()
        for dimension in Dimension.allCases { record.setScore(Double(dimension.index + 1), for: dimension) }
        record.setScore(nil, for: .facilities)
        for dimension in Dimension.allCases {
            let expected = dimension == .facilities ? nil : Double(dimension.index + 1)
            #expect(record.score(dimension) == expected, "\(dimension)")
            #expect(record.scores[dimension] == expected, "\(dimension)")
        }
    }
}
