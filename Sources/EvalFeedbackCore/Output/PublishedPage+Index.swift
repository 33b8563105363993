extension PublishedPage {
    /// The index page: every page with its counts, and the day of the run.
    static func index(_ pages: [PublishedPage], day: LocalDate) -> [UInt8] {
        let title = "Follow-up lists of \(day.weekdayName) \(day)"
        var page = HTMLPage(title: title)
        page.append("h1", title)
        page.append(
            "p", "Confidential: for the academy team only (personal data). Made by the nightly run.", class: "meta")
        page.append(
            markup:
                "<table>\n<thead><tr><th>list</th><th>cases</th><th>action today</th><th>overdue</th><th>Excel</th></tr></thead>\n<tbody>\n"
        )
        for entry in pages {
            let name = HTMLPage.escape(entry.manager ?? "Unassigned cases")
            let excel = entry.csv.map { "<a href=\"\(HTMLPage.escape($0))\">CSV</a>" } ?? ""
            page.append(
                markup:
                    "<tr\(entry.overdue > 0 ? " class=\"overdue\"" : "")><td><a href=\"\(HTMLPage.escape(entry.html))\">"
                    + "\(name)</a></td><td>\(entry.cases)</td><td>\(entry.actionToday)</td><td>\(entry.overdue)</td>"
                    + "<td>\(excel)</td></tr>\n")
        }
        page.append(markup: "</tbody>\n</table>\n")
        return page.rendered(style: "tr.overdue td { background: #fde8e8; }")
    }
}
