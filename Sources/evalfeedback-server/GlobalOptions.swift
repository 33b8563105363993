import ArgumentParser
import EvalFeedbackCore
import Foundation

/// The options the CLI takes too, with the same meaning: which register, which day, which config.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The database file (created on first use, readable by you only).",
            discussion: "Default: $EVALFEEDBACK_DATABASE, else evalfeedback.sqlite in the current folder."))
    var database: String?

    @Option(
        name: .customLong("as-of"),
        help: "Act as on this day (yyyy-MM-dd), for tests and demos. Default: today in the Netherlands.")
    var asOf: String?

    @Option(
        help: ArgumentHelp(
            "The config file (YAML): calendar, causes, default account manager, and the server: section.",
            discussion: "Default: evalfeedback.yaml beside the database, when there is one."),
        completion: .file(extensions: ["yaml", "yml"]))
    var config: String?

    func validate() throws {
        if let asOf, LocalDate(asOf) == nil {
            throw ValidationError("--as-of '\(asOf)' is not a date: \(LocalDate.whyNotADate(asOf)).")
        }
    }

    /// The day steps are recorded on: `--as-of`, else today in the Netherlands (asked anew on
    /// each request, so that a server running past midnight moves on).
    var today: @Sendable () -> LocalDate {
        if let asOf, let day = LocalDate(asOf) { return { day } }
        return { LocalDate.todayInTheNetherlands() }
    }

    /// The database file this run uses.
    var databasePath: String {
        AppDatabase.path(given: database)
    }

    /// The settings from `--config`, else from evalfeedback.yaml beside the database, else the defaults.
    func settings() throws -> Settings {
        try SettingsFile.load(config: config, besideDatabase: databasePath)
    }
}
