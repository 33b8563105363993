import Testing

@testable import EvalFeedbackCore

@Suite("Text tables for the terminal")
struct TextTableTests {
    @Test("Cells are made safe and cut: control characters become spaces, long cells end in an ellipsis")
    func cells() {
        var table = TextTable(headers: ["a", "b"], maxWidths: ["b": 5])
        table.rows = [["x\ty", "abcdefgh"]]
        #expect(table.render() == "a    b\nx y  abcd…\n")
    }

    @Test("A cell's width is its characters: accented Latin letters one each, a combining accent none")
    func widths() {
        func measure(_ text: String) -> (width: Int, asIs: Bool) {
            Array(text.utf8).withUnsafeBufferPointer { TextTable.measure($0) }
        }
        #expect(measure("Zoë Łukasz") == (10, true))
        #expect(measure("Zoe\u{308}") == (3, true))
        #expect(measure("Noël\tVos") == (8, false))
        #expect(measure("日本") == (2, true))
    }
}
