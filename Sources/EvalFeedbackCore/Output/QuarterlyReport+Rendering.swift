import Foundation

extension QuarterlyReport {
    /// The report in `format`: text for people, JSON (versioned by `schemaVersion`) for programs.
    public func rendered(as format: OutputFormat) throws -> [UInt8] {
        switch format {
        case .text: Array(text.utf8)
        case .json: try JSONOutput.encode(self)
        case .csv, .html: throw RenderError.unsupported(format, what: "the quarterly report")
        }
    }

    private var text: String {
        var out = "Quarterly quality report \(quarter) (\(from) to \(to))\n\n"
        out += "Responses: \(responses)\n"
        out += "Flags (responses with a score of 6 or lower): \(flags)\n\n"
        var table = TextTable(headers: ["dimension", "mean", "low scores", "share low"])
        table.rows = dimensions.map { figures in
            [
                figures.dimension.label, figures.mean.map { String(format: "%.2f", $0) } ?? "-",
                "\(figures.low.count) of \(figures.low.of)", Self.percent(figures.low),
            ]
        }
        out += table.render() + "\n"
        out += "Cases opened: \(casesOpened), closed: \(casesClosed), open at quarter end: \(casesOpenAtEnd)\n"
        out +=
            "Contacted within two working days: \(contactedWithinTwoWorkingDays.count) of "
            + "\(contactedWithinTwoWorkingDays.of) due (\(Self.percent(contactedWithinTwoWorkingDays)))\n"
        out +=
            "Resolved within four weeks: \(resolvedWithinFourWeeks.count) of \(resolvedWithinFourWeeks.of) due "
            + "(\(Self.percent(resolvedWithinFourWeeks)))\n"
        return out
    }

    static func percent(_ share: Share) -> String {
        share.share.map { String(format: "%.1f%%", $0 * 100) } ?? "-"
    }
}
