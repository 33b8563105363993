import ArgumentParser
import EvalFeedbackCore
import Foundation

/// `evalfeedback nightly`: the one cron line, from the exports folder to each manager's page.
struct NightlyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nightly",
        abstract:
            "Import the inbox's new exports, archive them, purge (R17) and publish each manager's follow-up page.",
        discussion: """
            Exit codes: 0 done, nothing needs a look; 3 done, but someone should look (records rejected, a file \
            left in the inbox, or cases overdue); 75 another nightly run is still busy; 64, 65, 74, 78 as for the \
            other commands. Folders may also come from the config file's 'nightly' section.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "The exports folder.", completion: .directory)
    var inbox: String?

    @Option(
        help: "Where imported exports go (YYYY/MM/ folders); without it they stay in the inbox.", completion: .directory
    )
    var archive: String?

    @Option(help: "Where each manager's follow-up page goes, with index.html.", completion: .directory)
    var publish: String?

    @Option(
        name: .customLong("settle-seconds"),
        help: "A file written to this recently is still being written (default 60).")
    var settleSeconds: Int?

    @Option(help: "A mapping file (YAML) for exports no survey-tool profile recognises.", completion: .file())
    var mapping: String?

    @Flag(name: .customLong("dry-run"), help: "Say what would be done, and change nothing.")
    var dryRun = false

    @Flag(help: "After the night's work, send each account manager the morning mail (as 'digest --send').")
    var digest = false

    func validate() throws {
        if let settleSeconds, settleSeconds < 0 { throw ValidationError("--settle-seconds cannot be negative.") }
    }

    func run() throws {
        var settings = try global.settings()
        if let mapping { settings.mapping = try MappingFile.load(path: mapping) }
        // Folders from the config file are absolute already, read from the config file's folder.
        let nightly = settings.nightly
        guard let inboxPath = inbox ?? nightly.inbox else { throw NightlyError.noInbox }
        let lock = try NightlyLock(path: global.databasePath + ".nightly.lock")
        defer { withExtendedLifetime(lock) {} }
        let job = NightlyRun(
            inbox: URL(fileURLWithPath: inboxPath),
            archive: (archive ?? nightly.archive).map(URL.init(fileURLWithPath:)),
            publish: (publish ?? nightly.publish).map(URL.init(fileURLWithPath:)), csv: nightly.csv,
            settleSeconds: settleSeconds ?? nightly.settleSeconds, dryRun: dryRun)
        // The first night of a new install makes the register, as the first import does.
        let store = dryRun ? try global.openDatabaseOrEmpty() : try global.openOrCreateDatabase()
        let report = try job.run(on: store, today: global.today, now: Date(), settings: settings)
        print(report.text, terminator: "")
        var mailed = true
        if digest, dryRun {
            print("morning mail: not sent (dry run)")
        } else if digest {
            let outcome = try MorningMailRun(store: store, settings: settings, today: global.today, date: Date())
                .send(settings: settings)
            print(outcome.summary)
            mailed = outcome.isComplete
        }
        if report.needsAttention || !mailed { throw ExitCode.someRecordsRejected }
    }
}
