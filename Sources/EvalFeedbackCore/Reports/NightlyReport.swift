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
}
