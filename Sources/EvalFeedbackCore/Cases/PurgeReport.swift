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
}
