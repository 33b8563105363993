import Foundation

extension FollowUpList {
    /// The list in `format`: a table, CSV for Excel, or JSON.
    public func rendered(as format: OutputFormat) throws -> [UInt8] {
        switch format {
        case .text: Array(text.utf8)
        case .csv: csv.data
        case .json: try JSONOutput.encode(self)
        }
    }

    private var columns: [String] {
        [
            "case", "status", "account manager", "client", "respondent", "training", "trainer", "low scores",
            "contact due", "resolution due",
        ]
    }

    private func cells(_ item: FollowUpItem) -> [String] {
        [
            String(item.caseID), item.status, item.manager ?? "(unassigned)", item.client ?? "", item.respondent ?? "",
            item.training ?? "", item.trainer ?? "", item.lowScores ?? "", item.contactDue.description,
            item.resolutionDue.description,
        ]
    }

    private var text: String {
        let who = manager.map { " for \($0)" } ?? ""
        let overdue = items.filter { $0.urgency == .contactOverdue }.count
        let today = items.filter { $0.urgency == .contactDueToday }.count
        var out = "Follow-up list\(who) on \(day): \(items.count) open case\(items.count == 1 ? "" : "s")"
        out += " (\(overdue) contact overdue, \(today) contact due today)\n"
        guard !items.isEmpty else { return out }
        var table = TextTable(headers: columns, maxWidths: ["status": 40, "low scores": 60])
        table.rows = items.map(cells)
        return out + "\n" + table.render()
    }

    private var csv: CSVDocument {
        var document = CSVDocument(
            header: columns.map { $0.replacingOccurrences(of: " ", with: "_") }
                + ["working_days_late", "respondent_email", "source", "registered_on"])
        for item in items {
            document.append(
                cells(item) + [
                    String(item.workingDaysOverdue), item.respondentEmail ?? "", item.source.rawValue,
                    item.registeredOn.description,
                ])
        }
        return document
    }
}
