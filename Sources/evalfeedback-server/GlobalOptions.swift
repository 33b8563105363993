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
        return {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam") ?? .current
            let parts = calendar.dateComponents([.year, .month, .day], from: Date())
            return LocalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
                ?? LocalDate(dayNumber: 0)
        }
    }

    /// The database file this run uses.
    var databasePath: String {
        database ?? ProcessInfo.processInfo.environment["EVALFEEDBACK_DATABASE"] ?? "evalfeedback.sqlite"
    }

    /// The settings from `--config`, else from evalfeedback.yaml beside the database, else the defaults.
    func settings() throws -> Settings {
        if let config { return try SettingsFile.load(path: config) }
        let beside = URL(fileURLWithPath: databasePath).deletingLastPathComponent()
            .appendingPathComponent(SettingsFile.defaultName).path
        guard FileManager.default.fileExists(atPath: beside) else { return Settings() }
        return try SettingsFile.load(path: beside)
    }
}
