extension FollowUpList {
    /// The list in `format`: grouped text for the terminal, CSV for Excel, JSON, or a page.
    ///
    /// `csvSeparator` is the configured one (`Settings.csvSeparator`): `;` for Dutch Excel.
    public func rendered(as format: OutputFormat, csvSeparator: CSVSeparator) throws -> [UInt8] {
        switch format {
        case .text: text
        case .csv: csv(csvSeparator).data
        case .json: try JSONOutput.encode(self)
        case .html: html
        case .markdown: throw RenderError.unsupported(format, what: "the follow-up list")
        }
    }

    var title: String {
        "Follow-up list\(manager.map { " for \($0)" } ?? "") on \(day.weekdayName) \(day)"
    }

    static func heading(manager: String?, count items: Int) -> String {
        let count = "\(items) case\(items == 1 ? "" : "s")"
        guard let manager else {
            return "Unassigned: \(count). Give each an account manager: 'evalfeedback case assign ID --manager NAME'"
        }
        return "\(manager): \(count)"
    }

    private func csv(_ separator: CSVSeparator) -> CSVDocument {
        var document = CSVDocument(
            separator: separator,
            header: [
                "case", "action", "to_do", "account_manager", "client", "respondent", "respondent_email", "training",
                "trainer", "low_scores", "summary", "source", "state", "registered_on", "contact_due", "contacted_on",
                "resolution_due", "working_days_late",
            ])
        for item in items {
            document.append([
                String(item.caseID), item.action.rawValue, item.todo, item.manager ?? "(unassigned)", item.client ?? "",
                item.respondent ?? "", item.respondentEmail ?? "", item.training ?? "", item.trainer ?? "",
                item.lowScores ?? "", item.summary ?? "", item.source.rawValue, item.state.rawValue,
                item.registeredOn.description, item.contactDue.description,
                item.contactedOn?.description ?? "", item.resolutionDue.description, String(item.workingDaysOverdue),
            ])
        }
        return document
    }

    private var html: [UInt8] {
        var page = HTMLPage(title: title)
        page.append("h1", title)
        page.append("p", headline + ". Confidential: for the academy team only (personal data).", class: "meta")
        if count == 0 { page.append("p", "Nothing to follow up.") }
        for group in groupRanges {
            page.append(
                "h2", Self.heading(manager: rows.manager(of: rows.records[group.lowerBound]), count: group.count))
            let cells = rows.withTexts { texts in
                texts.records[group].map { record in
                    (Self.columns.indices.map { Self.cell(texts, record, column: $0) }, record.action.rawValue)
                }
            }
            page.appendTable(headers: Self.columns, rows: cells)
        }
        return page.rendered(
            style: """
                tr.contact-overdue td, tr.resolution-overdue td { background: #fde8e8; }
                tr.contact-overdue td:nth-child(2), tr.resolution-overdue td:nth-child(2) { color: #9b1c1c;
                    font-weight: 600; }
                tr.contact-due-today td, tr.resolution-due-soon td { background: #fff4db; }
                tr.closing-email-owed td, tr.consequences-outstanding td { background: #e8f0fd; }
                tr.in-progress td { color: #5a6473; }
                """)
    }
}
