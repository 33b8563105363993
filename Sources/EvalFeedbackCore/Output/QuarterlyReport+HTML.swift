extension QuarterlyReport {
    /// One self-contained page: inline CSS and SVG, no scripts, printable on A4 with a page
    /// break before each section.
    var html: [UInt8] {
        let title = "Quality report \(period.label)"
        var page = HTMLPage(title: title)
        page.append("h1", title)
        page.append(
            "p",
            "Evaluations and complaint handling, \(period.from) to \(period.to). Aggregates only: no names, "
                + "email addresses or comments (R16).", class: "meta")
        for section in sections {
            page.append(markup: "<section>\n")
            page.append("h2", section.title)
            for line in section.lines { page.append("p", line) }
            if let chart = section.chart { page.append(markup: "<div class=\"charts\">" + svg(chart) + "</div>\n") }
            for table in section.tables {
                page.appendTable(headers: table.headers, rows: table.rows.map { ($0, nil) })
            }
            page.append(markup: "</section>\n")
        }
        return page.rendered(
            style: """
                .charts { display: flex; flex-wrap: wrap; gap: 1rem; margin: .5rem 0; }
                svg.chart { max-width: 100%; height: auto; background: #fafbfc; border: 1px solid #e3e7ee; }
                svg .label { font: 12px system-ui, sans-serif; fill: #1d2430; }
                svg .tick { font: 10px system-ui, sans-serif; fill: #5a6473; text-anchor: middle; }
                svg .tick.end { text-anchor: end; }
                svg .axis { stroke: #5a6473; } svg .grid { stroke: #e3e7ee; }
                svg rect.low { fill: #dc2626; } svg rect.ok { fill: #2563eb; } svg rect.track { fill: #e3e7ee; }
                td:nth-child(n+2) { font-variant-numeric: tabular-nums; }
                @media print { section { break-before: page; } section:first-of-type { break-before: auto; } }
                """)
    }

    private func svg(_ chart: ReportSection.Chart) -> String {
        switch chart {
        case .distribution:
            distribution.map {
                SVGChart.distribution(
                    $0.counts, title: "Scores for the \($0.dimension.label)", lowThreshold: lowScoreThreshold)
            }.joined()
        case .trend: SVGChart.trend(trend)
        case .deadlines:
            SVGChart.deadlines([
                ("Contacted within 2 working days", handling.contactedInTime.share),
                ("Resolved within 4 weeks", handling.resolvedInTime.share),
                ("Clients satisfied", satisfied.share),
            ])
        }
    }
}
