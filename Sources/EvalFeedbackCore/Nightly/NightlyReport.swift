/// What one nightly run did: the summary block cron mails, and whether anyone needs to look.
public struct NightlyReport: Sendable {
    /// The day the run acted as.
    public let day: LocalDate
    /// True when it only said what it would do.
    public let dryRun: Bool
    /// Each file imported, with its summary.
    public var imported: [ImportSummary] = []
    /// Files imported before (the very same bytes): archived, nothing changed.
    public var alreadyImported: [String] = []
    /// Files that could not be imported at all: left in the inbox for the next run, with why.
    public var left: [(name: String, reason: String)] = []
    /// Files still being written: the next run takes them.
    public var waiting: [String] = []
    /// Files that are no export, with why; left alone.
    public var skipped: [(name: String, reason: String)] = []
    /// Files moved to the archive, and where.
    public var archived: [(name: String, to: String)] = []
    /// Files a dry run would import.
    public var wouldImport: [String] = []
    /// What the retention purge did (R17).
    public var purge: PurgeReport?
    /// The pages written.
    public var pages: [PublishedPage] = []
    /// Cases whose contact or resolution is overdue, over all managers.
    public var overdue = 0
    /// What went wrong without stopping the night: an archive or the pages that could not be written.
    public var problems: [String] = []
    /// True when imported files are moved to an archive.
    public var archiving = true

    /// A run on `day`.
    public init(day: LocalDate, dryRun: Bool) {
        self.day = day
        self.dryRun = dryRun
    }

    /// Records rejected over all files.
    public var rejected: Int { imported.reduce(0) { $0 + $1.rejected } }

    /// True when someone should look: rejected records, a file left in the inbox, overdue cases.
    public var needsAttention: Bool { rejected > 0 || !left.isEmpty || overdue > 0 || !problems.isEmpty }

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
