import Testing

@testable import EvalFeedbackCore

@Suite("Text tables for the terminal")
struct TextTableTests {
    @Test("A big table, written in two halves at once, reads as one: rows in order, columns aligned by the widest cell")
    func bigTable() {
        let count = 25_000
        let table = TextTable(headers: ["case", "client", "note"])
        var out: [UInt8] = []
        // The widest client is in the second half: the first half's lines must be padded to it.
        table.render(
            rowCount: count,
            cell: { row, column in
                switch column {
                case 0: "\(row)"
                case 1: row == count - 1 ? "Zorggroep Het Baken, Zwolle" : "Klant \(row % 7)"
                default: "x"
                }
            }, into: &out)
        let lines = String(decoding: out, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == count + 2)  // the header, the rows, and the empty rest after the last newline
        #expect(lines[1].hasPrefix("0 "))
        #expect(lines[count].hasPrefix("\(count - 1) "))
        let noteColumn = lines[0].distance(from: lines[0].startIndex, to: lines[0].firstRange(of: "note")!.lowerBound)
        for line in [lines[1], lines[count / 2], lines[count / 2 + 1], lines[count]] {
            #expect(line.distance(from: line.startIndex, to: line.index(before: line.endIndex)) == noteColumn)
        }
    }

    @Test("Cells are made safe and cut: control characters become spaces, long cells end in an ellipsis")
    func cells() {
        var table = TextTable(headers: ["a", "b"], maxWidths: ["b": 5])
        table.rows = [["x\ty", "abcdefgh"]]
        #expect(table.render() == "a    b\nx y  abcd…\n")
    }
}
