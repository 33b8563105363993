/// What a retention purge removed (R17), or would remove with `--dry-run`.
public struct PurgeReport: Sendable, Codable, Equatable {
    /// The day the purge ran as.
    public let day: LocalDate
    /// Cases ended before this day were purged: one year before `day`.
    public let endedBefore: LocalDate
    /// True when nothing was changed.
    public let dryRun: Bool
    /// The cases whose personal data and history were deleted, by number.
    public let cases: [Int64]
    /// Responses whose personal data (name, email, comment) was deleted.
    public let responses: Int
    /// Rejected records (kept verbatim, so with personal data) deleted.
    public let rejects: Int
    /// The archived exports whose responses' personal data is gone: to delete.
    public var expiredArchives: [String] = []
    /// Archived exports deleted with their responses' personal data (in a dry run: to delete).
    public var archivedExports = 0
    /// Files in the archive that no import read, kept longer than a year: never deleted by the
    /// job (it cannot tell what they hold), named so that someone checks them.
    public var unknownArchived: [String] = []
    /// Archived exports that could not be deleted, with why.
    public var archiveProblems: [String] = []

    /// `purge on 2026-11-26 (R17): 3 cases (12, 15, 40), personal data of 120 responses, 4 rejected records`
    public var line: String {
        let verb = dryRun ? "would purge" : "purged"
        let list = cases.isEmpty ? "" : " (\(cases.map(String.init).joined(separator: ", ")))"
        return "\(verb) on \(day) (R17, ended or submitted before \(endedBefore)): \(cases.count) case"
            + "\(cases.count == 1 ? "" : "s")\(list), personal data of \(responses) response"
            + "\(responses == 1 ? "" : "s"), \(rejects) rejected record\(rejects == 1 ? "" : "s"), "
            + "\(archivedExports) archived export\(archivedExports == 1 ? "" : "s")"
            + (dryRun ? "; nothing was changed" : "")
    }
}

extension PurgeReport {
    /// The report as one line of text, or JSON.
    public func rendered(as format: OutputFormat) throws -> [UInt8] {
        switch format {
        case .text: Array((line + "\n").utf8)
        case .json: try JSONOutput.encode(self)
        case .csv, .html, .markdown: throw RenderError.unsupported(format, what: "the purge report")
        }
    }
}
