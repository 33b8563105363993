import Foundation

extension FollowUpList {
    /// The list as one self-contained page with what the call needs: per case what to do, the
    /// client, the contact with a `mailto:` link, the training with its day and trainer, the
    /// low scores and what the client wrote. A table on a wide screen; below about 700 px each
    /// case is a card. A date is never broken over two lines.
    ///
    /// `index` is the file of the page that lists every manager's page (the nightly job's
    /// `index.html`): the page links back to it.
    public func htmlPage(backTo index: String?) -> [UInt8] {
        var page = HTMLPage(title: title)
        if let index {
            page.append(
                markup: "<p class=\"nav\"><a href=\"\(HTMLPage.escape(index))\">← All follow-up lists</a></p>\n")
        }
        page.append("h1", title)
        page.append("p", headline + ". Confidential: for the academy team only (personal data).", class: "meta")
        if count == 0 { page.append("p", "Nothing to follow up.") }
        for group in groups {
            page.append("h2", Self.heading(manager: group.manager, count: group.items.count))
            page.append(
                markup: "<table class=\"cases\">\n<thead><tr>"
                    + Self.pageColumns.map { "<th>\(HTMLPage.escape($0))</th>" }.joined()
                    + "</tr></thead>\n<tbody>\n")
            for item in group.items { page.append(markup: Self.row(item)) }
            page.append(markup: "</tbody>\n</table>\n")
        }
        return page.rendered(style: Self.pageStyle)
    }

    /// The page's columns, which are also each card's labels.
    private static let pageColumns = ["case", "to do", "client and contact", "training", "what the client said"]

    /// One case as a table row (a card on a phone); every value escaped.
    private static func row(_ item: FollowUpItem) -> String {
        func cell(_ column: Int, _ lines: [String]) -> String {
            "<td data-label=\"\(HTMLPage.escape(pageColumns[column]))\">\(lines.joined(separator: "<br>"))</td>"
        }
        func text(_ value: String?) -> String? { value.map(HTMLPage.escapeKeepingDates) }
        let caseCell = ["<strong>\(item.caseID)</strong> <span class=\"muted\">\(item.source.rawValue)</span>"]
        let contact = [text(item.client), text(item.respondent), item.respondentEmail.map(mailLink)].compactMap { $0 }
        let when = item.trainingDate.map { "<span class=\"date\">\(HTMLPage.escape($0.description))</span>" }
        let training = [
            text(item.training), [when, text(item.trainer)].compactMap { $0 }.joined(separator: ", "),
        ].compactMap { $0 }.filter { !$0.isEmpty }
        let said = [
            text(item.lowScores).map { "<strong>Low scores: \($0)</strong>" },
            text(item.summary).map { "<q>\($0)</q>" },
        ].compactMap { $0 }
        return "<tr class=\"\(item.action.rawValue)\">"
            + cell(0, caseCell) + cell(1, [HTMLPage.escapeKeepingDates(item.todo)])
            + cell(2, contact.isEmpty ? ["-"] : contact) + cell(3, training.isEmpty ? ["-"] : training)
            + cell(4, said.isEmpty ? ["-"] : said) + "</tr>\n"
    }

    /// The address as a `mailto:` link when it looks like one (one `@`, no spaces), else as text.
    private static func mailLink(_ address: String) -> String {
        let trimmed = address.trimmed
        guard trimmed.split(separator: "@", omittingEmptySubsequences: false).count == 2,
            !trimmed.contains(where: { $0.isWhitespace }),
            let encoded = trimmed.addingPercentEncoding(withAllowedCharacters: mailtoAllowed)
        else { return HTMLPage.escape(address) }
        return "<a href=\"mailto:\(HTMLPage.escape(encoded))\">\(HTMLPage.escape(trimmed))</a>"
    }

    /// The characters a `mailto:` address keeps as they are; the rest is percent-encoded, so
    /// that an address cannot add a subject, a body or another recipient.
    private static let mailtoAllowed = CharacterSet(
        charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@.-_+")

    private static let pageStyle = """
        p.nav { margin: 0 0 .5rem; }
        .muted { color: #5a6473; font-size: .85em; }
        q { quotes: "“" "”"; }
        table.cases td:nth-child(1) { white-space: nowrap; }
        table.cases td:nth-child(2) { min-width: 14rem; }
        tr.contact-overdue td, tr.resolution-overdue td { background: #fde8e8; }
        tr.contact-overdue td:nth-child(2), tr.resolution-overdue td:nth-child(2) { color: #9b1c1c;
            font-weight: 600; }
        tr.contact-due-today td, tr.resolution-due-soon td { background: #fff4db; }
        tr.closing-email-owed td, tr.consequences-outstanding td { background: #e8f0fd; }
        tr.in-progress td:nth-child(2) { color: #5a6473; }
        @media (max-width: 700px) {
            body { margin: 1rem auto; padding: 0 .75rem; }
            table.cases, table.cases tbody, table.cases tr, table.cases td { display: block; width: auto; }
            table.cases thead { display: none; }
            table.cases tr { border: 1px solid #d5dae3; border-left-width: 6px; border-radius: 6px;
                margin: 0 0 .75rem; padding: .35rem .65rem; break-inside: avoid; }
            table.cases td { border: none; padding: .2rem 0; background: none; min-width: 0; }
            table.cases td::before { content: attr(data-label); display: block; font-size: .72rem;
                color: #5a6473; text-transform: uppercase; letter-spacing: .03em; }
            table.cases td:nth-child(1)::before { display: inline; margin-right: .5rem; }
            tr.contact-overdue, tr.resolution-overdue { background: #fde8e8; border-left-color: #c53030; }
            tr.contact-due-today, tr.resolution-due-soon { background: #fff4db; border-left-color: #d69e2e; }
            tr.closing-email-owed, tr.consequences-outstanding { background: #e8f0fd; border-left-color: #3b6fd4; }
            tr.in-progress { border-left-color: #a0aab8; }
        }
        """
}
