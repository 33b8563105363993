public import Foundation

/// The nightly job (cron or a systemd timer): import what the inbox holds, archive it, purge
/// what the retention rule says (R17), and publish each account manager's follow-up page.
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
    public func run(on store: AppDatabase, today: LocalDate, now: Date, settings: Settings) throws -> NightlyReport {
        var report = NightlyReport(day: today, dryRun: dryRun)
        let found: Inbox
        do {
            found = try Inbox(folder: inbox, now: now, settleSeconds: settleSeconds)
        } catch {
            throw NightlyError.folder(path: inbox.path, reason: "the inbox cannot be read")
        }
        report.waiting = found.waiting
        report.skipped = found.skipped
        report.left = found.unusable
        report.archiving = archive != nil
        for file in found.ready {
            guard file.isUnchanged else {
                report.waiting.append(file.name)
                continue
            }
            if dryRun {
                report.wouldImport.append(file.name)
                continue
            }
            try importFile(file, into: store, today: today, settings: settings, report: &report)
        }
        report.purge = try store.purge(today: today, dryRun: dryRun)
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

    private func importFile(
        _ file: Inbox.File, into store: AppDatabase, today: LocalDate, settings: Settings, report: inout NightlyReport
    ) throws {
        do {
            switch try store.importEvaluations(
                from: file.url, name: file.name, settings: settings.importSettings(today: today))
            {
            case .imported(let summary), .checked(let summary): report.imported.append(summary)
            case .alreadyImported: report.alreadyImported.append(file.name)
            }
        } catch let error as ImportError {
            report.left.append((file.name, error.description))
            return
        }
        if let archive {
            do {
                let target = try Archive(root: archive).keep(file.url, on: today)
                report.archived.append((file.name, target.path))
            } catch {
                throw NightlyError.folder(
                    path: archive.path, reason: "\(file.name) was imported but cannot be archived")
            }
        }
    }
}
