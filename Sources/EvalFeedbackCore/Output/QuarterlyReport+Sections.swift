import Foundation

extension QuarterlyReport {
    /// The report's sections, in reading order.
    var sections: [ReportSection] {
        [
            headlineSection, distributionSection, trendSection, groupSection("Per training", trainings),
            groupSection("Per trainer", trainers), handlingSection, recurringSection, notesSection,
        ]
    }

    static func number(_ value: Double?, decimals: Int = 2) -> String {
        value.map { String(format: "%.\(decimals)f", $0) } ?? "-"
    }

    static func percent(_ value: Double?) -> String {
        value.map { String(format: "%.1f%%", $0 * 100) } ?? "-"
    }

    static func percent(_ share: Share) -> String { percent(share.share) }

    /// `▲ +1.20` / `▼ -0.30` / `= 0`: the change, for people.
    static func change(_ delta: Double?, percent isPercent: Bool = false, decimals: Int = 2) -> String {
        guard let delta else { return "-" }
        let shown = isPercent ? String(format: "%+.1f pt", delta * 100) : String(format: "%+.\(decimals)f", delta)
        if abs(delta) < 0.000_001 { return "= 0" }
        return (delta > 0 ? "▲ " : "▼ ") + shown
    }

    private func comparedRow(_ label: String, _ figure: Compared, percent isPercent: Bool = false, decimals: Int = 2)
        -> [String]
    {
        let show = { (value: Double?) in isPercent ? Self.percent(value) : Self.number(value, decimals: decimals) }
        return [
            label, show(figure.value), show(figure.previous),
            Self.change(figure.changeFromPrevious, percent: isPercent, decimals: decimals), show(figure.yearEarlier),
            Self.change(figure.changeFromYearEarlier, percent: isPercent, decimals: decimals),
        ]
    }

    private var headlineSection: ReportSection {
        var section = ReportSection(title: "Summary")
        section.lines = [
            "Period \(period.label) (\(period.from) to \(period.to)), compared with \(previousPeriod.label) and "
                + "\(yearEarlierPeriod.label); made on \(madeOn). A score of \(LowScore.format(lowScoreThreshold)) "
                + "or lower counts as low. This report holds no personal data: no names, email addresses or comments."
        ]
        var table = ReportSection.Table(
            headers: ["figure", period.label, previousPeriod.label, "change", yearEarlierPeriod.label, "change"],
            rows: [])
        table.rows.append(comparedRow("responses", headline.responses, decimals: 0))
        table.rows.append(comparedRow("responses with a low score", headline.flags, decimals: 0))
        for figures in headline.dimensions {
            table.rows.append(comparedRow("average score, \(figures.dimension.label)", figures.mean))
            table.rows.append(
                comparedRow("share of low scores, \(figures.dimension.label)", figures.lowShare, percent: true))
        }
        table.rows.append(comparedRow("cases opened", headline.casesOpened, decimals: 0))
        table.rows.append(comparedRow("cases closed", headline.casesClosed, decimals: 0))
        table.rows.append(comparedRow("cases open at the end", headline.casesOpenAtEnd, decimals: 0))
        section.tables = [table]
        return section
    }

    private var distributionSection: ReportSection {
        var section = ReportSection(title: "How many gave each score", chart: .distribution)
        var table = ReportSection.Table(headers: ["dimension"] + (1...10).map(String.init), rows: [])
        table.rows = distribution.map { [$0.dimension.label] + $0.counts.map(String.init) }
        section.tables = [table]
        return section
    }

    private var trendSection: ReportSection {
        var section = ReportSection(title: "Average score per month, over twelve months", chart: .trend)
        var table = ReportSection.Table(headers: ["month", "responses"] + Dimension.allCases.map(\.label), rows: [])
        table.rows = trend.map { [$0.month, String($0.responses)] + $0.means.map { Self.number($0) } }
        section.tables = [table]
        return section
    }

    private func groupSection(_ title: String, _ groups: [GroupFigures]) -> ReportSection {
        var section = ReportSection(title: title)
        section.lines = ["Fewer than five responses are grouped as other, so that no respondent can be recognised."]
        var table = ReportSection.Table(
            headers: ["name", "responses"] + Dimension.allCases.map { "average \($0.label)" }
                + ["share with a low score"],
            rows: [])
        table.rows = groups.map {
            [$0.name, String($0.responses)] + $0.means.map { Self.number($0) } + [Self.percent($0.low)]
        }
        section.tables = [table]
        return section
    }

    private var handlingSection: ReportSection {
        var section = ReportSection(title: "Complaint handling", chart: .deadlines)
        let median = handling.medianWorkingDaysToContact.map {
            "; on average (median) after \(Self.number($0, decimals: 1)) working days"
        }
        section.lines = [
            "Client contacted within two working days: \(handling.contactedInTime.count) of "
                + "\(handling.contactedInTime.of) cases due (\(Self.percent(handling.contactedInTime)))\(median ?? "").",
            "Resolved within four weeks, or by a later date the client was told of in time: "
                + "\(handling.resolvedInTime.count) of \(handling.resolvedInTime.of) cases due "
                + "(\(Self.percent(handling.resolvedInTime))).",
            "Client told of the delay before the four weeks ended: \(handling.delayToldInTime.count) of "
                + "\(handling.delayToldInTime.of) cases that took longer (\(Self.percent(handling.delayToldInTime))).",
            "Resolved late or still open after the deadline: \(handling.lateCount)"
                + (handling.lateCount > handling.late.count
                    ? " (the first \(handling.late.count) are listed; 'evalfeedback register' lists all). " : ". ")
                + "Still open with a deadline passed (contact or resolution) on \(min(period.to, madeOn)): "
                + "\(handling.overdueAtEnd). Clients satisfied "
                + "with how their complaint was handled: \(satisfied.count) of \(satisfied.of) who answered "
                + "(\(Self.percent(satisfied))).",
        ]
        let counts = { (title: String, values: [Count]) in
            ReportSection.Table(headers: [title, "cases"], rows: values.map { [$0.label, String($0.count)] })
        }
        section.tables = [
            counts("source", handling.bySource), counts("low dimension", handling.byDimension),
            counts("outcome", handling.outcomes),
            ReportSection.Table(
                headers: ["late case", "deadline", "resolved"],
                rows: handling.late.map {
                    [String($0.caseID), $0.due.description, $0.closedOn?.description ?? "still open"]
                }),
            ReportSection.Table(
                headers: ["extended case", "client last told", "answer promised", "client told in time", "reason"],
                rows: handling.extensions.map {
                    [
                        String($0.caseID), $0.toldOn.description, $0.expected.description,
                        $0.missedDeadline.map { "no: not told by \($0)" } ?? "yes", $0.reason,
                    ]
                }),
            ReportSection.Table(
                headers: ["appealed case", "appealed", "ruling", "ruled"],
                rows: handling.appeals.map {
                    [
                        String($0.caseID), $0.appealedOn.description, $0.ruling ?? "awaited",
                        $0.ruledOn?.description ?? "-",
                    ]
                }),
        ].filter { !$0.rows.isEmpty }
        return section
    }

    /// The footnote: which rule of the complaints procedure each figure follows, said once.
    private var notesSection: ReportSection {
        var section = ReportSection(title: "Notes")
        section.lines = [
            "The figures follow the academy's complaints procedure (rules R1-R17): a low score, R2; contact within "
                + "two working days, R9; resolution within four weeks, R10; telling the client in time of a delay, "
                + "R11 (an extension told late is a breach, and the case counts as late whatever was promised after); "
                + "appeals, R12; personal data, R16."
        ]
        return section
    }

    private var recurringSection: ReportSection {
        var section = ReportSection(title: "Recurring problems")
        section.lines = [
            recurring.isEmpty
                ? "No case was closed with a cause in this period."
                : "Causes recorded when closing cases; marked when the same cause came back in two or more quarters."
        ]
        if !recurring.isEmpty {
            section.tables = [
                ReportSection.Table(
                    headers: ["cause", "training", "trainer", "cases", "quarters", "recurring"],
                    rows: recurring.map {
                        [
                            $0.cause, $0.training, $0.trainer, String($0.cases), $0.quarters.joined(separator: " "),
                            $0.recurring ? "yes" : "",
                        ]
                    })
            ]
        }
        return section
    }
}
