/// Left-aligned columns for the terminal; long cells are cut with `…` so rows stay on a line.
struct TextTable {
    let headers: [String]
    var rows: [[String]] = []
    /// The widest a column may be; columns not named here may be 28 characters wide.
    let maxWidths: [String: Int]

    init(headers: [String], maxWidths: [String: Int] = [:]) {
        self.headers = headers
        self.maxWidths = maxWidths
    }

    /// The table as lines: each column as wide as its widest cell, cut to its limit.
    func render() -> String {
        let limits = headers.map { maxWidths[$0] ?? 28 }
        var widths = zip(headers, limits).map { Self.cut($0, $1).width }
        for row in rows {
            for column in widths.indices {
                widths[column] = max(widths[column], Self.cut(row[column], limits[column]).width)
            }
        }
        var out: [UInt8] = []
        Self.line(widths: widths, limits: limits, into: &out) { headers[$0] }
        for row in rows { Self.line(widths: widths, limits: limits, into: &out) { row[$0] } }
        return String(decoding: out, as: UTF8.self)
    }

    /// One line of cells, each padded to its column's width.
    private static func line(widths: [Int], limits: [Int], into out: inout [UInt8], _ cell: (Int) -> String) {
        for column in widths.indices {
            let shown = cut(cell(column), limits[column])
            if column > 0 { out += [0x20, 0x20] }
            out += shown.text.utf8
            out += repeatElement(0x20, count: widths[column] - shown.width)
        }
        endLine(&out)
    }

    /// Ends a line: without the padding after its last cell.
    static func endLine(_ out: inout [UInt8]) {
        while out.last == 0x20 { out.removeLast() }
        out.append(0x0A)
    }

    /// How wide `cell` is on the terminal once made safe (as `cut` measures it), and whether
    /// its bytes can be shown as they are (no control character): read from the bytes alone
    /// when they are printable ASCII, as nearly every cell is.
    static func measure(_ cell: UnsafeBufferPointer<UInt8>) -> (width: Int, asIs: Bool) {
        if isPlainASCII(cell) { return (cell.count, true) }
        if let width = latinWidth(cell) { return (width, true) }
        let text = String(decoding: cell, as: UTF8.self)
        // Bytes that are not UTF-8 are shown as the text repaired, not as they are.
        if !text.mayHoldControls, text.utf8.elementsEqual(cell) { return (text.count, true) }
        return (text.flattenedForTerminal.count, false)
    }

    /// The width of printable text whose only other characters are Latin letters of two bytes
    /// (U+00C0 to U+027F: é, ö, ł, ș): each is a character of its own, as no combining mark
    /// or control is among them. Nil for any other text, which is measured as a string.
    static func latinWidth(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var width = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x20, byte < 0x7F {
                index += 1
            } else if byte >= 0xC3, byte <= 0xC9, index + 1 < bytes.count, bytes[index + 1] & 0xC0 == 0x80 {
                index += 2
            } else {
                return nil
            }
            width += 1
        }
        return width
    }

    /// True when every byte is printable ASCII: one character per byte, nothing to flatten.
    static func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var outside: UInt8 = 0
        // Wrapping arithmetic: a byte below 0x20 or from 0x7F up sets the high bit.
        for byte in bytes { outside |= (byte &- 0x20) | (byte &+ 1) & 0x80 }
        return outside & 0x80 == 0
    }

    /// A cell made safe for the terminal and cut to `maxWidth` characters, with its width.
    static func cut(_ cell: String, _ maxWidth: Int) -> (text: String, width: Int) {
        let plain = cell.isPlainASCII
        let flat = plain ? cell : cell.flattenedForTerminal
        let width = plain ? cell.utf8.count : flat.count
        return width <= maxWidth ? (flat, width) : (String(flat.prefix(maxWidth - 1)) + "…", maxWidth)
    }
}

extension String {
    /// One line without control characters: a value from an export can hold line breaks, tabs,
    /// terminal escape sequences and bidirectional overrides, none of which may reach the
    /// terminal as such. Controls and line breaks become spaces; display tricks are removed.
    var flattenedForTerminal: String {
        // Nearly every cell holds no control character: kept as it is.
        if !mayHoldControls { return self }
        var out = String.UnicodeScalarView()
        for scalar in unicodeScalars where !scalar.isDisplayTrick {
            out.append(scalar.isControl || scalar.isLineBreak ? " " : scalar)
        }
        return String(out)
    }

    /// True when every byte is printable ASCII: one character per byte, nothing to flatten.
    var isPlainASCII: Bool {
        utf8.withContiguousStorageIfAvailable(TextTable.isPlainASCII)
            ?? utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// False when the text surely holds no control character (C0, DEL or C1), Unicode line
    /// separator or display trick, read from its bytes at memory speed. (Any character from
    /// U+2000 to U+207F, and U+061C, counts as maybe: the tricks are among them.)
    var mayHoldControls: Bool {
        func scan(_ bytes: some Collection<UInt8>) -> Bool {
            var previous: UInt8 = 0
            for byte in bytes {
                if byte < 0x20 || byte == 0x7F || (previous == 0xC2 && byte < 0xA0) { return true }
                if previous == 0xE2 && (byte == 0x80 || byte == 0x81) { return true }
                if previous == 0xD8 && byte == 0x9C { return true }
                previous = byte
            }
            return false
        }
        return utf8.withContiguousStorageIfAvailable(scan) ?? scan(utf8)
    }
}
