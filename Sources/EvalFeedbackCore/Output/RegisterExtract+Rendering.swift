import Foundation

extension RegisterExtract {
    /// The extract as CSV for Excel (formula-safe) or one self-contained HTML page.
    ///
    /// `csvSeparator` is the configured one (`Settings.csvSeparator`): `;` for Dutch Excel.
    public func rendered(as format: OutputFormat, csvSeparator: CSVSeparator) throws -> [UInt8] {
        switch format {
        case .csv:
            var document = CSVDocument(
                separator: csvSeparator,
                header: headers(.english).map { $0.replacingOccurrences(of: " ", with: "_") })
            rows(.english).forEach { document.append($0) }
            return document.data
        case .html:
            return htmlPage(.english).rendered(style: Self.htmlStyle)
        case .text, .json, .markdown:
            throw RenderError.unsupported(format, what: "the register extract")
        }
    }

    /// The extract for a site's own page (`HTMLFragment`), in the reader's words.
    public func htmlFragment(_ words: ReportWords) -> HTMLFragment { htmlPage(words).fragment(style: Self.htmlStyle) }

    private static let htmlStyle = "table { font-size: 11px; } @page { size: A4 landscape; }"

    private func htmlPage(_ w: ReportWords) -> HTMLPage {
        let title = w.say("Klachtenregister \(from) tot en met \(to)", "Complaints register \(from) to \(to)")
        var page = HTMLPage(title: title)
        page.append("h1", title)
        let count = cases.count
        page.append(
            "p",
            w.say(
                "\(count) \(count == 1 ? "zaak" : "zaken") geregistreerd in de periode. "
                    + (withPersonalData
                        ? "Bevat persoonsgegevens: alleen voor de academie en haar auditors."
                        : "Zonder namen, e-mailadressen of vrije teksten."),
                "\(count) case\(count == 1 ? "" : "s") registered in the period. "
                    + (withPersonalData
                        ? "Contains personal data: for the academy and its auditors only."
                        : "Without names, email addresses or free texts.")),
            class: "meta")
        page.appendTable(headers: headers(w), rows: rows(w).map { ($0, nil) })
        return page
    }
}
