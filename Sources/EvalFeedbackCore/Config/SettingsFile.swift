import Foundation
import Yams

/// Reads the YAML config file (documented in the README's "The config file").
///
/// Read by hand from Yams' node tree rather than decoded, so that every mistake names its
/// line, and an unknown key (a typo) is an error instead of a setting silently not applied.
public enum SettingsFile {
    /// The file's name when it lies beside the database.
    public static let defaultName = "evalfeedback.yaml"

    /// The settings a run uses: from `config` when given, else from evalfeedback.yaml beside
    /// the register at `databasePath`, else the procedure's defaults.
    public static func load(config: String?, besideDatabase databasePath: String) throws(ConfigError) -> Settings {
        if let config { return try load(path: config) }
        let beside = URL(fileURLWithPath: databasePath).deletingLastPathComponent()
            .appendingPathComponent(defaultName).path
        guard FileManager.default.fileExists(atPath: beside) else { return Settings() }
        return try load(path: beside)
    }

    /// The settings in the file at `path`.
    public static func load(path: String) throws(ConfigError) -> Settings {
        try parse(try YAMLFile.text(at: path), path: path)
    }

    /// The settings in `text`, read from the file `path`.
    public static func parse(_ text: String, path: String) throws(ConfigError) -> Settings {
        var settings = Settings()
        guard let mapping = try YAMLFile.settings(text, path: path) else { return settings }
        let reader = Reader(path: path)
        for (key, value) in mapping {
            let name = key.string ?? ""
            switch name {
            case "low_score_threshold":
                settings.lowScoreThreshold = try reader.threshold(value)
            case "default_account_manager":
                settings.defaultManager =
                    value.null != nil ? nil : try reader.text(value, name).collapsedToOneLine.trimmedOrNil
            case "causes":
                settings.causes = try reader.causes(value)
            case "calendar":
                settings.holidays = try reader.holidays(value)
            case "nightly":
                settings.nightly = try reader.nightly(value)
            case "csv_separator":
                guard let separator = CSVSeparator(setting: try reader.text(value, name)) else {
                    throw reader.bad(value, name, "must be \";\" (Dutch Excel, the default) or \",\" (quoted)")
                }
                settings.csvSeparator = separator
            case "mail":
                settings.mail = try reader.mail(value)
            case "letters":
                settings.letters = try reader.letters(value)
            case "server":
                settings.server = try reader.server(value)
            default:
                throw .unknownKey(
                    path: path, line: key.mark?.line, key: name,
                    known: [
                        "low_score_threshold", "default_account_manager", "causes", "calendar", "nightly",
                        "csv_separator", "mail", "letters", "server",
                    ])
            }
        }
        return settings
    }
}
