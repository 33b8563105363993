extension NightlyReport {
    /// The summary block for cron's mail.
    public var text: String {
        var lines = [
            "evalfeedback nightly, \(day.weekdayName) \(day)\(dryRun ? " (dry run: nothing was changed)" : "")"
        ]
        if dryRun {
            lines.append("  inbox:   would import \(Self.list(wouldImport))")
        } else {
            lines.append(
                "  inbox:   \(imported.count) imported, \(alreadyImported.count) already imported, "
                    + "\(left.count) left in the inbox, \(waiting.count) still being written, \(skipped.count) skipped")
        }
        let archived = archiving ? "archived, " : ""
        for summary in imported { lines.append("    " + summary.line.flattenedForTerminal) }
        for name in alreadyImported {
            lines.append("    \(name.flattenedForTerminal): already imported; \(archived)nothing changed")
        }
        for (name, reason) in left { lines.append("    \(name.flattenedForTerminal): LEFT IN THE INBOX: \(reason)") }
        for name in waiting {
            lines.append("    \(name.flattenedForTerminal): still being written; the next run takes it")
        }
        for (name, reason) in skipped { lines.append("    \(name.flattenedForTerminal): skipped, \(reason)") }
        for problem in problems { lines.append("  PROBLEM: " + problem.flattenedForTerminal) }
        if !dryRun {
            let records = imported.reduce(0) { $0 + $1.records }
            let opened = imported.reduce(0) { $0 + $1.casesOpened }
            lines.append(
                "  records: \(records) read, \(rejected) rejected; \(opened) cases opened; \(overdue) cases overdue")
        }
        if let purge { lines.append("  purge:   " + purge.line) }
        if !pages.isEmpty {
            lines.append("  pages:   \(pages.count) lists\(dryRun ? " would be" : "") written, with index.html")
        }
        if needsAttention {
            var look: [String] = []
            if rejected > 0 { look.append("\(rejected) rejected records ('evalfeedback rejects')") }
            if !left.isEmpty {
                look.append("\(Self.list(left.map(\.name))) left in the inbox: fix, and it is taken next night")
            }
            if overdue > 0 { look.append("\(overdue) overdue cases") }
            if !problems.isEmpty { look.append("the problems above") }
            lines.append("  look at: " + look.joined(separator: "; "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func list(_ names: [String]) -> String {
        names.isEmpty ? "nothing" : names.joined(separator: ", ")
    }
}
