public import Foundation

// FoundationXML (the workbook reader) brings CoreFoundation into the module: `stat` is its.
#if canImport(CoreFoundation)
    import CoreFoundation
#endif

/// The retention purge (R17) over the register and the archive: the register's personal data
/// first, then each archived export whose responses the register no longer keeps.
///
/// Only files the register knows are deleted: those it archived, and those in the archive
/// whose bytes an import read (archived before the register kept paths, or copied there by
/// hand), which are adopted on sight. A file no import read is never deleted, since nothing
/// says what it holds; once it is older than a year it is named, so that someone checks it.
public struct RetentionPurge: Sendable {
    /// The archive folder to look through for files the register does not know yet; nil looks
    /// only at the exports the register recorded.
    public var archive: URL?

    /// A purge that also looks through `archive`.
    public init(archive: URL?) {
        self.archive = archive
    }

    /// Purges as on `today`; `dryRun` only counts.
    public func run(on store: AppDatabase, today: LocalDate, dryRun: Bool) throws -> PurgeReport {
        // Files in the archive that an import read are adopted first, so that they go with it.
        let unknown = try archive.map { try adoptKnownFiles(in: $0, store: store, today: today, dryRun: dryRun) } ?? []
        var report = try store.purge(today: today, dryRun: dryRun)
        report.unknownArchived = unknown
        let expired = report.expiredArchives
        if dryRun {
            report.archivedExports = expired.count
            return report
        }
        var gone: [String] = []
        for path in expired {
            if unlink(path) == 0 || errno == ENOENT {
                gone.append(path)
            } else {
                report.archiveProblems.append(
                    "\(path) could not be deleted (\(String(cString: strerror(errno)))); it holds personal data "
                        + "past R17: delete it by hand")
            }
        }
        try store.forgetArchivedExports(gone)
        report.archivedExports = gone.count
        return report
    }

    /// Records the archive's files that an import read (not in a dry run, which changes
    /// nothing: such a file is counted from the night it is adopted); returns those no import
    /// read that are older than a year.
    private func adoptKnownFiles(in archive: URL, store: AppDatabase, today: LocalDate, dryRun: Bool) throws
        -> [String]
    {
        let known = try store.archivedExportPaths()
        let yearAgo = Date(timeIntervalSince1970: Double(today.adding(years: -1).dayNumber) * 86_400)
        var unknown: [String] = []
        guard let walk = FileManager.default.enumerator(atPath: archive.path) else { return [] }
        while let relative = walk.nextObject() as? String {
            let path = archive.appendingPathComponent(relative).path
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, !known.contains(path) else {
                continue
            }
            if let content = try? FileHash.ofFile(URL(fileURLWithPath: path)),
                let importID = try store.importOf(hashes: content.hashes, size: content.size)
            {
                if !dryRun { try store.recordArchivedExport(path: path, importID: importID, on: today) }
            } else if Double(status.st_mtim.tv_sec) < yearAgo.timeIntervalSince1970 {
                unknown.append(relative)
            }
        }
        return unknown.sorted()
    }
}
