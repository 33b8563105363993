/// Left-aligned columns for the terminal; long cells are cut with `…` so rows stay on a line.
struct TextTable {
    let headers: [String]
    var rows: [[String]] = []
    let maxWidth: Int

    init(headers: [String], maxWidth: Int = 32) {
        self.headers = headers
        self.maxWidth = maxWidth
    }

    func render() -> String {
        let cells = ([headers] + rows).map { row in row.map(cut) }
        let widths = headers.indices.map { column in cells.map { $0[column].count }.max() ?? 0 }
        return cells.map { row in
            zip(row, widths).map { cell, width in cell + String(repeating: " ", count: width - cell.count) }
                .joined(separator: "  ")
                .replacing(/\s+$/, with: "")
        }.joined(separator: "\n") + "\n"
    }

    private func cut(_ cell: String) -> String {
        let flat = cell.replacing(/[\r\n\t]+/, with: " ")
        return flat.count <= maxWidth ? flat : String(flat.prefix(maxWidth - 1)) + "…"
    }
}
