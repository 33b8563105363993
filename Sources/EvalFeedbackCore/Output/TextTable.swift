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

    func render() -> String {
        let limits = headers.map { maxWidths[$0] ?? 28 }
        let cells = ([headers] + rows).map { row in zip(row, limits).map(cut) }
        let widths = headers.indices.map { column in cells.map { $0[column].count }.max() ?? 0 }
        return cells.map { row in
            zip(row, widths).map { cell, width in cell + String(repeating: " ", count: width - cell.count) }
                .joined(separator: "  ")
                .trimmedTrailingSpaces
        }.joined(separator: "\n") + "\n"
    }

    private func cut(_ cell: String, _ maxWidth: Int) -> String {
        let flat = cell.flattenedForTerminal
        return flat.count <= maxWidth ? flat : String(flat.prefix(maxWidth - 1)) + "…"
    }
}

extension String {
    /// One line without control characters: a value from an export can hold line breaks, tabs
    /// and terminal escape sequences, none of which may reach the terminal as such.
    var flattenedForTerminal: String {
        String(unicodeScalars.map { $0.properties.generalCategory == .control ? " " : Character($0) })
    }

    fileprivate var trimmedTrailingSpaces: String {
        guard let last = lastIndex(where: { $0 != " " }) else { return "" }
        return String(self[...last])
    }
}
