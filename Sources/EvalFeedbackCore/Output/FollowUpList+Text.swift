import Dispatch

extension FollowUpList {
    /// The grouped list for the terminal, written from the records' bytes: a hundred thousand
    /// cases make tens of megabytes of text, and a `String` per cell cost more than the rest.
    var text: [UInt8] {
        var all: [UInt8] = []
        writeText(piece: .max) { all += $0 }
        return all
    }

    /// Hands the text list to `write` in pieces of about a megabyte as they are made, so that
    /// the terminal (or a pipe) gets the first lines while the rest is written, and the 25 MB
    /// of a hundred thousand cases are never held at once.
    public func writeText(_ write: ([UInt8]) throws -> Void) rethrows {
        try writeText(piece: 1 << 20, write)
    }

    /// The text list in pieces of about `piece` bytes.
    func writeText(piece: Int, _ write: ([UInt8]) throws -> Void) rethrows {
        var out = Array("\("\(title): \(headline)".flattenedForTerminal)\n".utf8)
        for group in groupRanges {
            let heading = Self.heading(manager: rows.manager(of: rows.records[group.lowerBound]), count: group.count)
            out += "\n\(heading.flattenedForTerminal)\n".utf8
            try table(group, into: &out, piece: piece, write)
        }
        if !out.isEmpty { try write(out) }
    }

    /// The text table's columns, with the widest each may be.
    static let columns = ["case", "to do", "client", "contact", "training", "trainer", "complaint"]
    private static let limits = [28, 110, 28, 28, 28, 28, 48]
    /// Tables with at least this many rows are measured and written in two halves at once.
    static let splitAt = 20_000
    private static let lowScoresLabel = Array("low scores: ".utf8)

    /// The table of the records in `range`, as `TextTable` lays it out: measured, then
    /// written, each in two halves at once when big.
    ///
    /// `out` is handed to `write` whenever it holds `piece` bytes or more.
    private func table(
        _ range: Range<Int>, into out: inout [UInt8], piece: Int, _ write: ([UInt8]) throws -> Void
    ) rethrows {
        let halves =
            range.count >= Self.splitAt
            ? [
                range.lowerBound..<range.lowerBound + range.count / 2,
                range.lowerBound + range.count / 2..<range.upperBound,
            ]
            : [range]
        let rows = self.rows
        // Each half's cells, row after row, `columns.count` per row.
        let measured = Beside.map(halves) { part in
            var cells: [MeasuredCell] = []
            cells.reserveCapacity(part.count * Self.columns.count)
            rows.withTexts { texts in
                for index in part {
                    let record = texts.records[index]
                    for column in Self.columns.indices {
                        let cell = Self.measure(texts, record, column: column)
                        cells.append(MeasuredCell(width: cell.width, asIs: cell.asIs))
                    }
                }
            }
            return cells
        }
        var widths = zip(Self.columns, Self.limits).map { TextTable.cut($0, $1).width }
        for cells in measured {
            for (offset, cell) in cells.enumerated() {
                let column = offset % widths.count
                widths[column] = max(widths[column], min(cell.width, Self.limits[column]))
            }
        }
        for (column, header) in Self.columns.enumerated() {
            if column > 0 { out += [0x20, 0x20] }
            out += header.utf8
            out += repeatElement(0x20, count: widths[column] - header.utf8.count)
        }
        TextTable.endLine(&out)
        let columnWidths = widths
        let lines = { @Sendable (half: Int, part: Range<Int>, out: inout [UInt8]) in
            rows.withTexts { texts in
                measured[half].withUnsafeBufferPointer { cells in
                    for offset in part {
                        let first = offset * columnWidths.count
                        Self.line(
                            texts, halves[half].lowerBound + offset,
                            cells: UnsafeBufferPointer(rebasing: cells[first..<first + columnWidths.count]),
                            widths: columnWidths, into: &out)
                    }
                }
            }
        }
        // About a line's bytes, room made at once: a hundred thousand lines grown step by step
        // were copied again and again.
        let lineBytes = widths.reduce(0, +) + 2 * widths.count + 16
        // The second half is written on another core into a buffer of its own, while the first
        // is written here, a piece at a time.
        func first() throws {
            let linesPerPiece = max(1, min(piece / lineBytes, halves[0].count))
            out.reserveCapacity(out.count + linesPerPiece * lineBytes)
            for start in stride(from: 0, to: halves[0].count, by: linesPerPiece) {
                lines(0, start..<min(start + linesPerPiece, halves[0].count), &out)
                if out.count >= piece {
                    try write(out)
                    out.removeAll(keepingCapacity: true)
                }
            }
        }
        guard halves.count > 1 else { return try first() }
        let (part, _) = try Beside.run(
            {
                var part: [UInt8] = []
                part.reserveCapacity(halves[1].count * lineBytes)
                lines(1, 0..<halves[1].count, &part)
                return part
            }, while: first)
        if out.count + part.count >= piece {
            if !out.isEmpty { try write(out) }
            out.removeAll(keepingCapacity: true)
            try write(part)
        } else {
            out += part
        }
    }

    /// How wide cell `column` of record `index` is, and whether its bytes are shown as they are.
    private static func measure(_ texts: FollowUpTexts, _ record: FollowUpRecord, column: Int) -> (
        width: Int, asIs: Bool
    ) {
        switch column {
        case 0: return (String(record.id).utf8.count, true)
        case 6 where record.lengths[FollowUpRecord.Field.lowScores.rawValue] >= 0:
            let scores = TextTable.measure(texts.bytes(.lowScores, of: record))
            guard scores.asIs, scores.width == record.lengths[FollowUpRecord.Field.lowScores.rawValue] else {
                return (TextTable.cut(cell(texts, record, column: column), Int.max).width, false)
            }
            return (lowScoresLabel.count + scores.width, true)
        default:
            guard let field = field(column, of: record) else { return (0, true) }
            return TextTable.measure(texts.bytes(field, of: record))
        }
    }

    /// One line of the table; `cells` as `measure` found them.
    private static func line(
        _ texts: FollowUpTexts, _ index: Int, cells: UnsafeBufferPointer<MeasuredCell>,
        widths: [Int], into out: inout [UInt8]
    ) {
        let record = texts.records[index]
        for column in widths.indices {
            if column > 0 { out += [0x20, 0x20] }
            let measured = cells[column]
            var width = measured.width
            if measured.asIs, width <= limits[column] {
                switch column {
                case 0: out += String(record.id).utf8
                case 6 where record.lengths[FollowUpRecord.Field.lowScores.rawValue] >= 0:
                    out += lowScoresLabel
                    out += texts.bytes(.lowScores, of: record)
                default:
                    if let field = field(column, of: record) {
                        out += texts.bytes(field, of: record)
                    }
                }
            } else {
                let shown = TextTable.cut(cell(texts, record, column: column), limits[column])
                out += shown.text.utf8
                width = shown.width
            }
            out += repeatElement(0x20, count: widths[column] - width)
        }
        TextTable.endLine(&out)
    }

    /// The field shown in text column `column`; nil for none.
    private static func field(_ column: Int, of record: FollowUpRecord) -> FollowUpRecord.Field? {
        switch column {
        case 1: .todo
        case 2: .client
        case 3: .respondent
        case 4: .training
        case 5: .trainer
        default: record.lengths[FollowUpRecord.Field.summary.rawValue] >= 0 ? .summary : nil
        }
    }

    /// Cell `column` of `record` as text: for the rare terminal cell that is cut or made safe.
    private static func cell(_ texts: FollowUpTexts, _ record: FollowUpRecord, column: Int) -> String {
        switch column {
        case 0: String(record.id)
        case 6: texts.text(.lowScores, of: record).map { "low scores: \($0)" } ?? texts.text(.summary, of: record) ?? ""
        default: field(column, of: record).flatMap { texts.text($0, of: record) } ?? ""
        }
    }
}

/// A measured cell in two bytes, for the hundreds of thousands a list holds: its width on the
/// terminal (wider than 32,767 counts as that), and whether its bytes are shown as they are.
private struct MeasuredCell {
    private let raw: UInt16

    init(width: Int, asIs: Bool) {
        raw = UInt16(min(width, 0x7FFF)) | (asIs ? 0 : 0x8000)
    }

    var width: Int { Int(raw & 0x7FFF) }
    var asIs: Bool { raw & 0x8000 == 0 }
}
