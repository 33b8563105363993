import ArgumentParser
import EvalFeedbackCore

/// `evalfeedback followups`: the team's morning list.
struct FollowupsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followups",
        abstract: "List open cases, most urgent first: overdue contact, contact due today, then by resolution due.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Show only this account manager's cases.")
    var manager: String?

    @Option(help: "text, csv (for Excel), json, or html (one self-contained page).")
    var format: ListFormat = .text

    @Option(help: "Write to this file (readable by you only) instead of the terminal.")
    var out: String?

    func run() throws {
        let settings = try global.settings()
        let store = try global.openForReading()
        let list = try store.followUpList(on: global.today, manager: manager, settings: settings)
        if format == .text, out == nil {
            // Streamed: the first lines are on the terminal while the rest is written.
            try list.writeText(OutputDestination.toTerminal)
        } else {
            try OutputDestination.write(
                try list.rendered(as: format.output, csvSeparator: settings.csvSeparator), to: out)
        }
    }
}
