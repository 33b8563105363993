import ArgumentParser
import EvalFeedbackCore
import Foundation

/// `evalfeedback purge`: the one-year retention rule (R17), safe to run every night.
struct PurgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purge",
        abstract: "Delete personal data the procedure keeps for one year only (R17).",
        discussion: """
            Cases that ended (closed, or ruled on after an appeal) more than a year ago lose their personal data, \
            free texts and history; so do their responses, responses without a case submitted more than a year ago, \
            and rejected records imported more than a year ago. Exports the nightly job archived go once the register \
            has purged their responses (the archive is the config file's 'nightly: archive'). Scores, dates and outcomes stay, anonymous, so that \
            past quarterly reports still add up. Running it again changes nothing.
            """)

    @OptionGroup var global: GlobalOptions

    @Flag(name: .customLong("dry-run"), help: "Say what would be purged, and change nothing.")
    var dryRun = false

    @Option(help: "text or json.")
    var format: TextOrJSON = .text

    func run() throws {
        // The archive the nightly job keeps, from the config file: its exports go with the register's data.
        let archive = try global.settings().nightly.archive.map(URL.init(fileURLWithPath:))
        let report = try RetentionPurge(archive: archive).run(
            on: try global.openDatabase(), today: global.today, dryRun: dryRun)
        try OutputDestination.write(try report.rendered(as: format.output), to: nil)
    }
}
