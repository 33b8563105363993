/// A self-contained HTML page: inline CSS, no scripts, nothing fetched from the network, so
/// that it opens the same from a shared folder, a mail attachment or a printer.
///
/// Every value goes through `escape`; markup is only ever built from literals in this module.
struct HTMLPage {
    let title: String
    var body = ""

    /// Escapes text for element content and quoted attribute values: markup characters as
    /// entities, display tricks (bidirectional overrides) removed, other controls as spaces.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            default:
                if scalar.isDisplayTrick { continue }
                out.unicodeScalars.append(scalar.isControl || scalar.isLineBreak ? " " : scalar)
            }
        }
        return out
    }

    /// Escapes text like `escape`, and keeps each date (`2026-11-24`) on one line.
    static func escapeKeepingDates(_ text: String) -> String {
        let escaped = escape(text)
        guard escaped.utf8.count >= 10 else { return escaped }
        var out = ""
        var rest = Substring(escaped)
        while let range = rest.firstRange(of: /\d{4}-\d{2}-\d{2}/) {
            out += rest[..<range.lowerBound] + "<span class=\"date\">" + rest[range] + "</span>"
            rest = rest[range.upperBound...]
        }
        return out + rest
    }

    /// Appends markup written in this module (never user data; escape that first).
    mutating func append(markup: String) { body += markup }

    /// Appends `text` escaped inside `tag` with an optional class; its dates never break.
    mutating func append(_ tag: String, _ text: String, class name: String? = nil) {
        let attribute = name.map { " class=\"\($0)\"" } ?? ""
        body += "<\(tag)\(attribute)>\(Self.escapeKeepingDates(text))</\(tag)>\n"
    }

    /// A table from header cells and rows of text cells, each row with an optional class.
    mutating func appendTable(headers: [String], rows: [(cells: [String], class: String?)]) {
        body += "<table>\n<thead><tr>"
        body += headers.map { "<th>\(Self.escape($0))</th>" }.joined()
        body += "</tr></thead>\n<tbody>\n"
        for row in rows {
            body += row.class.map { "<tr class=\"\($0)\">" } ?? "<tr>"
            body += row.cells.map { "<td>\(Self.escapeKeepingDates($0))</td>" }.joined()
            body += "</tr>\n"
        }
        body += "</tbody>\n</table>\n"
    }

    /// The body and `style`, for a site that puts them in its own page.
    func fragment(style: String) -> HTMLFragment { HTMLFragment(style: style, body: body) }

    /// The whole page as UTF-8 bytes.
    func rendered(style: String) -> [UInt8] {
        let page = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <title>\(Self.escape(title))</title>
            <style>
            \(Self.baseStyle)
            \(style)
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
        return Array(page.utf8)
    }

    private static let baseStyle = """
        body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2430;
               margin: 2rem auto; max-width: 78rem; padding: 0 1rem; }
        h1 { font-size: 1.5rem; margin-bottom: .25rem; }
        h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 2px solid #d5dae3; padding-bottom: .2rem; }
        p.meta { color: #5a6473; margin-top: 0; }
        .date { white-space: nowrap; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
        th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid #e3e7ee; }
        th { background: #f3f5f8; font-weight: 600; }
        @page { size: A4; margin: 15mm; }
        @media print { body { margin: 0; max-width: none; font-size: 10pt; } h2 { break-after: avoid; }
                       tr { break-inside: avoid; } }
        """
}
