import ArgumentParser
import EvalFeedbackCore

/// `evalfeedback report --quarter 2026-Q3`: the quarter's quality figures.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The quarterly quality report: scores, flags and how complaints were handled. No personal data.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "The quarter, e.g. 2026-Q3. Default: the quarter of today (or --as-of).")
    var quarter: String?

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    @Option(help: "Write to this file instead of the terminal.")
    var out: String?

    func validate() throws {
        if let quarter, Quarter(quarter) == nil {
            throw ValidationError("--quarter '\(quarter)' is not a quarter; write it as 2026-Q3.")
        }
        if format == .csv { throw ValidationError("the report is written as text or json.") }
    }

    func run() throws {
        let settings = try global.settings()
        let store = try global.openDatabase()
        let period = quarter.flatMap(Quarter.init) ?? Quarter(containing: global.today)
        try OutputDestination.write(
            try store.quarterlyReport(
                period, today: global.today, scoring: ScoringPolicy(lowThreshold: settings.lowScoreThreshold)
            ).rendered(as: format), to: out)
    }
}
