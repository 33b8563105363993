public import Foundation

/// The nightly job (cron or a systemd timer): import what the inbox holds, archive it, purge
/// what the retention rule says (R17), and publish each account manager's follow-up page.
///
/// Only the register itself failing stops a night. A folder that cannot be read or written
/// (the inbox, the archive, the publish folder; a full disk) is a problem named in the
/// summary: every export is still imported, the purge and the pages still done.
public struct NightlyRun: Sendable {
    /// The exports folder.
    public var inbox: URL
    /// Where imported exports go; nil leaves them in the inbox (they are then "already imported").
    public var archive: URL?
    /// Where the pages go; nil writes none.
    public var publish: URL?
    /// Also write CSV pages.
    public var csv: Bool
    /// Files written to in the last this many seconds are still being written.
    public var settleSeconds: Int
    /// Say what would be done, change nothing.
    public var dryRun: Bool

    /// A run over `inbox`.
    public init(
        inbox: URL, archive: URL?, publish: URL?, csv: Bool = true, settleSeconds: Int = 60, dryRun: Bool = false
    ) {
        self.inbox = inbox
        self.archive = archive
        self.publish = publish
        self.csv = csv
        self.settleSeconds = settleSeconds
        self.dryRun = dryRun
    }

    /// Runs on `today` (the register's day) at `now` (the clock, for files still being written).
    /// `settings.mapping` applies to every export of the night.
    public func run(on store: AppDatabase, today: LocalDate, now: Date, settings: Settings) throws -> NightlyReport {
        var report = NightlyReport(day: today, dryRun: dryRun)
        report.archiving = archive != nil
        let found: Inbox?
        do {
            found = try Inbox(folder: inbox, now: now, settleSeconds: settleSeconds)
        } catch {
            found = nil
            report.problems.append("the inbox \(inbox.path) cannot be read (\(Self.reason(error)))")
        }
        if let found {
            report.waiting = found.waiting
            report.skipped = found.skipped
            report.left = found.unusable
            for entry in found.ready {
                if dryRun {
                    report.wouldImport.append(entry.name)
                    continue
                }
                try take(entry, from: found, into: store, today: today, settings: settings, report: &report)
            }
        }
        let purge = try RetentionPurge(archive: archive).run(on: store, today: today, dryRun: dryRun)
        report.purge = purge
        report.problems += purge.archiveProblems
        if !purge.unknownArchived.isEmpty {
            report.problems.append(
                "the archive holds \(purge.unknownArchived.count) file\(purge.unknownArchived.count == 1 ? "" : "s") "
                    + "older than a year that no import read (\(Self.list(purge.unknownArchived))); they may hold "
                    + "personal data past R17: check them and delete them by hand")
        }
        let everyone = try store.followUpList(on: today, manager: nil, settings: settings)
        report.overdue = everyone.overdueCount
        if let publish, !dryRun {
            do {
                report.pages = try store.publish(to: publish, on: today, settings: settings, csv: csv)
            } catch {
                report.problems.append("the pages could not be written to \(publish.path) (\(Self.reason(error)))")
            }
        }
        return report
    }

    /// An error's reason in a few words, for the summary.
    static func reason(_ error: any Error) -> String {
        switch error {
        case let error as AtomicFileError: error.description
        case let error as CocoaError: error.localizedDescription
        default: "\(error)"
        }
    }

    /// At most five names, then how many more.
    private static func list(_ names: [String]) -> String {
        names.count <= 5
            ? names.joined(separator: ", ")
            : names.prefix(5).joined(separator: ", ")
                + " and \(names.count - 5) more"
    }

    /// Opens one export of the inbox, imports it and archives it.
    private func take(
        _ entry: Inbox.Entry, from found: Inbox, into store: AppDatabase, today: LocalDate, settings: Settings,
        report: inout NightlyReport
    ) throws {
        let file: InboxFile
        do {
            file = try InboxFile(folder: found.folder, name: entry.name)
        } catch {
            report.skipped.append((entry.name, error.description))
            return
        }
        // A file that grew since the folder was read is still being written; one that changes
        // while it is read is refused by the import itself.
        guard file.size == entry.size else {
            report.waiting.append(entry.name)
            return
        }
        let importID: Int64
        do {
            switch try store.importEvaluations(
                from: file.readablePath, name: file.name, settings: settings.importSettings(today: today))
            {
            case .imported(let summary), .checked(let summary):
                report.imported.append(summary)
                guard let id = summary.importID else { return }
                importID = id
            case .alreadyImported(_, _, let id):
                report.alreadyImported.append(file.name)
                importID = id
            }
        } catch let error as ImportError {
            report.left.append((file.name, error.description))
            return
        }
        guard let archive else { return }
        do {
            let target = try Archive(root: archive).keep(file, on: today)
            report.archived.append((file.name, target.path))
            try store.recordArchivedExport(path: target.path, importID: importID, on: today)
        } catch let error as ArchiveError {
            report.problems.append(
                "\(file.name) was imported but could not be archived (\(error.description)); it stays in the inbox, "
                    + "and the next night archives it")
        }
    }
}
