public import Foundation
import Yams

/// Reads the YAML config file (documented in the README's "The config file").
///
/// Read by hand from Yams' node tree rather than decoded, so that every mistake names its
/// line, and an unknown key (a typo) is an error instead of a setting silently not applied.
public enum SettingsFile {
    /// The file's name when it lies beside the database.
    public static let defaultName = "evalfeedback.yaml"

    /// The settings in the file at `path`.
    public static func load(path: String) throws(ConfigError) -> Settings {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        return try parse(text, path: path)
    }

    /// The settings in `text`, read from the file `path`.
    public static func parse(_ text: String, path: String) throws(ConfigError) -> Settings {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw .syntax(path: path, line: Self.line(of: error), problem: Self.problem(of: error))
        } catch {
            throw .syntax(path: path, line: nil, problem: "\(error)")
        }
        var settings = Settings()
        guard let root else { return settings }
        guard let mapping = root.mapping else {
            throw .syntax(path: path, line: root.mark?.line, problem: "expected settings as 'name: value' lines")
        }
        let reader = Reader(path: path)
        for (key, value) in mapping {
            let name = key.string ?? ""
            switch name {
            case "low_score_threshold":
                settings.lowScoreThreshold = try reader.threshold(value)
            case "default_account_manager":
                settings.defaultManager = value.null != nil ? nil : try reader.text(value, name).trimmedOrNil
            case "causes":
                settings.causes = try reader.causes(value)
            case "calendar":
                settings.holidays = try reader.holidays(value)
            case "nightly":
                settings.nightly = try reader.nightly(value)
            default:
                throw .unknownKey(
                    path: path, line: key.mark?.line, key: name,
                    known: ["low_score_threshold", "default_account_manager", "causes", "calendar", "nightly"])
            }
        }
        return settings
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: nil
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): problem
        default: "\(error)"
        }
    }
}
