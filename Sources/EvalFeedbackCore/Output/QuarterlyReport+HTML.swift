extension QuarterlyReport {
    /// One self-contained page: inline CSS and SVG, no scripts, printable on A4 with a page
    /// break before each section.
    var html: [UInt8] { page(.english).rendered(style: Self.style) }

    /// The report for a site's own page (`HTMLFragment`), in the reader's words.
    public func htmlFragment(_ words: ReportWords) -> HTMLFragment { page(words).fragment(style: Self.style) }

    private func page(_ w: ReportWords) -> HTMLPage {
        let title = w.say("Kwaliteitsrapport \(period.label)", "Quality report \(period.label)")
        var page = HTMLPage(title: title)
        page.append("h1", title)
        page.append(
            "p",
            w.say(
                "Evaluaties en klachtafhandeling, \(period.from) tot en met \(period.to).",
                "Evaluations and complaint handling, \(period.from) to \(period.to)."),
            class: "meta")
        for section in sections(w) {
            page.append(markup: "<section>\n")
            page.append("h2", section.title)
            for line in section.lines { page.append("p", line) }
            if let chart = section.chart {
                if chart == .distribution { page.append(markup: legend(w)) }
                page.append(markup: "<div class=\"charts \(chart.rawValue)\">" + svg(chart, w) + "</div>\n")
            }
            for table in section.tables {
                page.appendTable(headers: table.headers, rows: table.rows.map { ($0, nil) })
            }
            page.append(markup: "</section>\n")
        }
        return page
    }

    private static let style = """
        .charts { display: flex; flex-wrap: wrap; gap: 1rem; margin: .5rem 0; }
        .charts.distribution { display: grid; grid-template-columns: repeat(2, minmax(0, 24rem)); }
        .charts.distribution svg.chart { width: 100%; }
        @media (max-width: 560px) { .charts.distribution { grid-template-columns: minmax(0, 1fr); } }
        @media (max-width: 700px) { table { display: block; overflow-x: auto; } }
        p.legend { margin: .25rem 0; color: #1d2430; }
        .key { display: inline-block; width: .8em; height: .8em; margin: 0 .3em 0 .9em; vertical-align: -.05em; }
        .key:first-child { margin-left: 0; } .key.low { background: #dc2626; } .key.ok { background: #2563eb; }
        svg.chart { max-width: 100%; height: auto; background: #fafbfc; border: 1px solid #e3e7ee; }
        svg .label { font: 12px system-ui, sans-serif; fill: #1d2430; }
        svg .tick { font: 10px system-ui, sans-serif; fill: #5a6473; text-anchor: middle; }
        svg .tick.end, svg .label.end { text-anchor: end; }
        svg .axis { stroke: #5a6473; } svg .grid { stroke: #e3e7ee; }
        svg rect.low { fill: #dc2626; } svg rect.ok { fill: #2563eb; } svg rect.track { fill: #e3e7ee; }
        td:nth-child(n+2) { font-variant-numeric: tabular-nums; }
        @media print { section { break-before: page; } section:first-of-type { break-before: auto; } }
        """

    /// The key to the distribution's colours, once above its four charts.
    private func legend(_ w: ReportWords) -> String {
        let threshold = HTMLPage.escape(LowScore.format(lowScoreThreshold))
        return "<p class=\"legend\"><span class=\"key low\"></span>"
            + w.say("rood: laag, \(threshold) of lager", "red: low, \(threshold) or lower")
            + "<span class=\"key ok\"></span>" + w.say("blauw: hoger dan \(threshold)", "blue: higher than \(threshold)")
            + "</p>\n"
    }

    private func svg(_ chart: ReportSection.Chart, _ w: ReportWords) -> String {
        switch chart {
        case .distribution:
            distribution.map {
                SVGChart.distribution(
                    $0.counts, low: $0.lowCounts,
                    title: w.say("Scores voor de \(w.dimension($0.dimension))", "Scores for the \($0.dimension.label)"),
                    words: w)
            }.joined()
        case .trend: SVGChart.trend(trend, words: w)
        case .deadlines:
            SVGChart.deadlines(
                [
                    (w.say("Gesproken binnen 2 werkdagen", "Contacted within 2 working days"), handling.contactedInTime.share),
                    (w.say("Afgehandeld binnen 4 weken", "Resolved within 4 weeks"), handling.resolvedInTime.share),
                    (w.say("Klanten tevreden", "Clients satisfied"), satisfied.share),
                ], words: w)
        }
    }
}
