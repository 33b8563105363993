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

    /// The table as lines, written into one buffer: a list of a hundred thousand cases is
    /// rendered in a fraction of a second.
    func render() -> String {
        var out: [UInt8] = []
        render(into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the table's lines to `out`.
    ///
    /// Two passes over the rows, the first for the columns' widths, so that no copy of the
    /// cells is kept: for the usual cell (no control character, not too wide) both passes
    /// only read it.
    func render(into out: inout [UInt8]) {
        let limits = headers.map { maxWidths[$0] ?? 28 }
        var widths = zip(headers, limits).map { cut($0, $1).width }
        for row in rows {
            for (column, cell) in row.enumerated() where column < widths.count {
                widths[column] = max(widths[column], cut(cell, limits[column]).width)
            }
        }
        for row in [headers] + rows {
            for (column, cell) in row.enumerated() where column < widths.count {
                let shown = cut(cell, limits[column])
                if column > 0 { out += [0x20, 0x20] }
                out += shown.text.utf8
                out += repeatElement(0x20, count: widths[column] - shown.width)
            }
            while out.last == 0x20 { out.removeLast() }
            out.append(0x0A)
        }
    }

    /// A cell made safe for the terminal and cut to `maxWidth` characters, with its width.
    private func cut(_ cell: String, _ maxWidth: Int) -> (text: String, width: Int) {
        let flat = cell.flattenedForTerminal
        let width = flat.isASCII ? flat.utf8.count : flat.count
        return width <= maxWidth ? (flat, width) : (String(flat.prefix(maxWidth - 1)) + "…", maxWidth)
    }
}

extension String {
    /// One line without control characters: a value from an export can hold line breaks, tabs
    /// and terminal escape sequences, none of which may reach the terminal as such.
    var flattenedForTerminal: String {
        // Nearly every cell holds no control character: kept as it is.
        if !mayHoldControls { return self }
        return String(unicodeScalars.map { $0.properties.generalCategory == .control ? " " : Character($0) })
    }

    /// True when every byte is ASCII.
    var isASCII: Bool {
        utf8.withContiguousStorageIfAvailable { bytes in bytes.allSatisfy { $0 < 0x80 } }
            ?? utf8.allSatisfy { $0 < 0x80 }
    }

    /// False when the text surely holds no control character (C0, DEL or C1), read from its
    /// bytes at memory speed.
    private var mayHoldControls: Bool {
        func scan(_ bytes: some Collection<UInt8>) -> Bool {
            var afterC2 = false
            for byte in bytes {
                if byte < 0x20 || byte == 0x7F || (afterC2 && byte < 0xA0) { return true }
                afterC2 = byte == 0xC2
            }
            return false
        }
        return utf8.withContiguousStorageIfAvailable(scan) ?? scan(utf8)
    }
}
