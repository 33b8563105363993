import Foundation

extension QuarterlyReport {
    /// The report in `format`: text, Markdown, JSON (versioned), CSV (the training and trainer
    /// tables, for Excel) or one self-contained HTML page with charts.
    ///
    /// `csvSeparator` is the configured one (`Settings.csvSeparator`): `;` for Dutch Excel.
    public func rendered(as format: OutputFormat, csvSeparator: CSVSeparator) throws -> [UInt8] {
        switch format {
        case .text: Array(text.utf8)
        case .markdown: Array(markdown.utf8)
        case .json: try JSONOutput.encode(self)
        case .csv: csv(csvSeparator).data
        case .html: html
        }
    }

    private var title: String { "Quality report \(period.label)" }

    private var text: String {
        var out = "\(title)\n"
        for section in sections(.english) {
            out += "\n== \(section.title)\n"
            for line in section.lines { out += line + "\n" }
            for table in section.tables {
                var rendered = TextTable(headers: table.headers, maxWidths: ["reason": 60, "name": 40, "figure": 40])
                rendered.rows = table.rows
                out += "\n" + rendered.render()
            }
        }
        return out
    }

    private var markdown: String {
        // Markdown lets raw HTML through to any wiki that renders it: `<`, `>` and `&` are
        // written as entities, `|` escaped for the tables, and each value kept on one line.
        func cell(_ text: String) -> String {
            var out = ""
            for character in text.flattenedForTerminal {
                switch character {
                case "&": out += "&amp;"
                case "<": out += "&lt;"
                case ">": out += "&gt;"
                case "|": out += "\\|"
                default: out.append(character)
                }
            }
            return out
        }
        var out = "# \(cell(title))\n"
        for section in sections(.english) {
            out += "\n## \(cell(section.title))\n\n"
            for line in section.lines { out += cell(line) + "\n\n" }
            for table in section.tables {
                out += "| " + table.headers.map(cell).joined(separator: " | ") + " |\n"
                out += "|" + table.headers.map { _ in " --- |" }.joined() + "\n"
                for row in table.rows { out += "| " + row.map(cell).joined(separator: " | ") + " |\n" }
                out += "\n"
            }
        }
        return out
    }

    private func csv(_ separator: CSVSeparator) -> CSVDocument {
        var document = CSVDocument(
            separator: separator,
            header: ["table", "name", "responses"] + Dimension.allCases.map { "mean_\($0.rawValue)" } + ["low_share"])
        for (table, groups) in [("training", trainings), ("trainer", trainers)] {
            for group in groups {
                document.append(
                    [table, group.name, String(group.responses)] + group.means.map { Self.number($0) }
                        + [group.low.share.map { String(format: "%.4f", $0) } ?? ""])
            }
        }
        return document
    }
}
