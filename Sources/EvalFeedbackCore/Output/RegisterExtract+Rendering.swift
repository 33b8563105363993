import Foundation

extension RegisterExtract {
    /// The extract as CSV for Excel (formula-safe) or one self-contained HTML page.
    ///
    /// `csvSeparator` is the configured one (`Settings.csvSeparator`): `;` for Dutch Excel.
    public func rendered(as format: OutputFormat, csvSeparator: CSVSeparator) throws -> [UInt8] {
        switch format {
        case .csv:
            var document = CSVDocument(
                separator: csvSeparator, header: headers.map { $0.replacingOccurrences(of: " ", with: "_") })
            rows.forEach { document.append($0) }
            return document.data
        case .html:
            return htmlPage.rendered(style: Self.htmlStyle)
        case .text, .json, .markdown:
            throw RenderError.unsupported(format, what: "the register extract")
        }
    }

    /// The extract for a site's own page (`HTMLFragment`).
    public var htmlFragment: HTMLFragment { htmlPage.fragment(style: Self.htmlStyle) }

    private static let htmlStyle = "table { font-size: 11px; } @page { size: A4 landscape; }"

    private var htmlPage: HTMLPage {
        let title = "Complaints register \(from) to \(to)"
        var page = HTMLPage(title: title)
        page.append("h1", title)
        page.append(
            "p",
            "\(cases.count) case\(cases.count == 1 ? "" : "s") registered in the period. "
                + (withPersonalData
                    ? "Contains personal data: for the academy and its auditors only."
                    : "Without names, email addresses or free texts."),
            class: "meta")
        page.appendTable(headers: headers, rows: rows.map { ($0, nil) })
        return page
    }
}
