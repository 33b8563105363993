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
}
