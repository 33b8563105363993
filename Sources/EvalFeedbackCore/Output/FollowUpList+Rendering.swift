extension FollowUpList {
    /// The list in `format`: grouped text for the terminal, CSV for Excel, JSON, or a page.
    ///
    /// `csvSeparator` is the configured one (`Settings.csvSeparator`): `;` for Dutch Excel.
    public func rendered(as format: OutputFormat, csvSeparator: CSVSeparator) throws -> [UInt8] {
        switch format {
        case .text: text
        case .csv: csv(csvSeparator).data
        case .json: try JSONOutput.encode(self)
        case .html: htmlPage(backTo: nil)
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
                "training_date", "trainer", "low_scores", "summary", "source", "state", "registered_on", "contact_due",
                "contacted_on",
                "resolution_due", "working_days_late",
            ])
        for item in items {
            document.append([
                String(item.caseID), item.action.rawValue, item.todo, item.manager ?? "(unassigned)", item.client ?? "",
                item.respondent ?? "", item.respondentEmail ?? "", item.training ?? "",
                item.trainingDate?.description ?? "", item.trainer ?? "",
                item.lowScores ?? "", item.summary ?? "", item.source.rawValue, item.state.rawValue,
                item.registeredOn.description, item.contactDue.description,
                item.contactedOn?.description ?? "", item.resolutionDue.description, String(item.workingDaysOverdue),
            ])
        }
        return document
    }
}
