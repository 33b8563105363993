import ArgumentParser
import EvalFeedbackCore

/// `evalfeedback report --quarter 2026-Q3`: the quality report for management and auditors.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The quality report: scores, trends, trainings and trainers, complaint handling. No personal data.",
        discussion: "Give --quarter, or --from and --to; the default is the quarter of today (or --as-of).")

    @OptionGroup var global: GlobalOptions

    @Option(help: "The quarter, e.g. 2026-Q3.")
    var quarter: String?

    @Option(help: "The first day of another period (yyyy-MM-dd), with --to.", transform: parseDay)
    var from: LocalDate?

    @Option(help: "The last day of that period (yyyy-MM-dd).", transform: parseDay)
    var to: LocalDate?

    @Option(help: "text, markdown, json, csv (the training and trainer tables) or html (with charts).")
    var format: OutputFormat = .text

    @Option(help: "Write to this file instead of the terminal.")
    var out: String?

    func validate() throws {
        if let quarter, Quarter(quarter) == nil {
            throw ValidationError("--quarter '\(quarter)' is not a quarter; write it as 2026-Q3.")
        }
        if quarter != nil, from != nil || to != nil {
            throw ValidationError("give --quarter, or --from and --to, not both.")
        }
        if (from == nil) != (to == nil) { throw ValidationError("--from and --to go together.") }
        if let from, let to, from > to { throw ValidationError("--from \(from) comes after --to \(to).") }
    }

    func run() throws {
        let settings = try global.settings()
        let store = try global.openForReading()
        let period =
            if let from, let to { ReportPeriod(from: from, to: to) } else {
                ReportPeriod(quarter.flatMap(Quarter.init) ?? Quarter(containing: global.today))
            }
        let report = try store.quarterlyReport(period, today: global.today, settings: settings)
        try OutputDestination.write(try report.rendered(as: format, csvSeparator: settings.csvSeparator), to: out)
    }
}
