/// How a file's lines and fields are written: its delimiter (`,` `;` or tab), its line end (LF,
/// which also covers CRLF, or CR alone) and, when Excel wrote a `sep=;` hint line, that line's
/// number. Found once from the file's first line that is not blank, and shared by everything
/// that reads the file's lines.
struct CSVLayout: Sendable, Equatable {
    let delimiter: UInt8
    /// The byte that ends a line: LF (for LF and CRLF files) or CR.
    let terminator: UInt8
    /// The line of Excel's `sep=;` hint, which is not a record.
    let hintLine: Int?

    /// The layout of a file that holds no line with text.
    static let empty = CSVLayout(delimiter: 0x2C, terminator: 0x0A, hintLine: nil)

    /// Finds the line end and the delimiter from the first line of `bytes` that is not blank;
    /// nil until that line is complete (or `atEnd`, when the file ended before it).
    static func detect(in bytes: [UInt8], atEnd: Bool) -> CSVLayout? {
        guard let firstText = bytes.firstIndex(where: { $0 != 0x0A && $0 != 0x0D && $0 != 0x20 && $0 != 0x09 }) else {
            return atEnd ? .empty : nil
        }
        guard
            let lineEnd = bytes[firstText...].firstIndex(where: { $0 == 0x0A || $0 == 0x0D })
                ?? (atEnd ? bytes.count : nil)
        else { return nil }
        let terminator: UInt8
        if lineEnd < bytes.count, bytes[lineEnd] == 0x0D {
            guard lineEnd + 1 < bytes.count || atEnd else { return nil }
            terminator = lineEnd + 1 < bytes.count && bytes[lineEnd + 1] == 0x0A ? 0x0A : 0x0D
        } else {
            terminator = 0x0A
        }
        let header = bytes[firstText..<lineEnd]
        if let hint = separatorHint(header) {
            let line = 1 + bytes[..<firstText].filter { $0 == terminator }.count
            return CSVLayout(delimiter: hint, terminator: terminator, hintLine: line)
        }
        return CSVLayout(delimiter: mostFrequentDelimiter(header), terminator: terminator, hintLine: nil)
    }

    /// Excel's `sep=;` first line, which names the delimiter.
    static func separatorHint(_ line: ArraySlice<UInt8>) -> UInt8? {
        let text = Array(line)
        guard text.count == 5, text.starts(with: Array("sep=".utf8)) else { return nil }
        return text[4]
    }

    /// The one of `,` `;` and tab that occurs most often outside quotes; `,` when none does.
    static func mostFrequentDelimiter(_ line: ArraySlice<UInt8>) -> UInt8 {
        var counts: [UInt8: Int] = [0x2C: 0, 0x3B: 0, 0x09: 0]
        var quoted = false
        for byte in line {
            if byte == 0x22 {
                quoted.toggle()
            } else if !quoted, counts[byte] != nil {
                counts[byte, default: 0] += 1
            }
        }
        let best = [UInt8(0x2C), 0x3B, 0x09].max { (counts[$0] ?? 0) < (counts[$1] ?? 0) } ?? 0x2C
        return (counts[best] ?? 0) > 0 ? best : 0x2C
    }
}
