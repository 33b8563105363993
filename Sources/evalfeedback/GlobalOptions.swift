import ArgumentParser
import EvalFeedbackCore
import Foundation

/// The options every command takes: which register, and which day it is.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The database file (created on first use, readable by you only).",
            discussion: "Default: $EVALFEEDBACK_DATABASE, else evalfeedback.sqlite in the current folder."))
    var database: String?

    @Option(
        name: .customLong("as-of"),
        help: "Act as on this day (yyyy-MM-dd), for tests and back-fills. Default: today in the Netherlands.")
    var asOf: String?

    @Option(
        help: ArgumentHelp(
            "The config file (YAML): calendar, low-score threshold, default account manager, causes.",
            discussion: "Default: evalfeedback.yaml beside the database, when there is one."),
        completion: .file(extensions: ["yaml", "yml"]))
    var config: String?

    func validate() throws {
        if let asOf, LocalDate(asOf) == nil {
            throw ValidationError("--as-of '\(asOf)' is not a date: \(LocalDate.whyNotADate(asOf)).")
        }
    }

    /// The day commands act on.
    var today: LocalDate {
        if let asOf, let day = LocalDate(asOf) { return day }
        return LocalDate.todayInTheNetherlands()
    }

    /// The database file this run uses.
    var databasePath: String {
        AppDatabase.path(given: database)
    }

    /// Opens the register this run should use; it must exist, so that a mistyped path is an
    /// error rather than a new, empty register that reports all is well.
    func openDatabase() throws -> AppDatabase {
        guard FileManager.default.fileExists(atPath: databasePath) else {
            throw StoreError.cannotOpen(
                path: databasePath, reason: "there is no register there yet; import exports first, or check the path")
        }
        return try AppDatabase.open(at: databasePath)
    }

    /// Opens the register for a command that only reads it: read only when this user may not
    /// write it (a team member reading the nightly job's register).
    func openForReading() throws -> AppDatabase {
        guard FileManager.default.fileExists(atPath: databasePath) else {
            throw StoreError.cannotOpen(
                path: databasePath, reason: "there is no register there yet; import exports first, or check the path")
        }
        return try AppDatabase.openToRead(at: databasePath)
    }

    /// The register to look at without changing anything: an empty one in memory when there is
    /// none yet (a dry run on a new install).
    func openDatabaseOrEmpty() throws -> AppDatabase {
        FileManager.default.fileExists(atPath: databasePath)
            ? try AppDatabase.openToRead(at: databasePath) : try AppDatabase.inMemory()
    }

    /// Opens the register, creating it on first use (imports and intake).
    func openOrCreateDatabase() throws -> AppDatabase {
        try AppDatabase.open(at: databasePath)
    }

    /// The settings from `--config`, else from evalfeedback.yaml beside the database, else the
    /// procedure's defaults.
    func settings() throws -> Settings {
        try SettingsFile.load(config: config, besideDatabase: databasePath)
    }
}
