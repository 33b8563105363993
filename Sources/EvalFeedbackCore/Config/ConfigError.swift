/// Why the config file cannot be used; it names the file, the line and the setting.
public enum ConfigError: Error, Equatable, CustomStringConvertible {
    /// The file named with `--config` cannot be read.
    case unreadable(path: String, reason: String)
    /// The file is not valid YAML.
    case syntax(path: String, line: Int?, problem: String)
    /// A setting's value is wrong.
    case badValue(path: String, line: Int?, key: String, problem: String)
    /// A setting nobody knows; a typo would otherwise be silently ignored.
    case unknownKey(path: String, line: Int?, key: String, known: [String])

    /// The message for the user.
    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            "\(path): cannot read the config file (\(reason)); check the path given with --config."
        case .syntax(let path, let line, let problem):
            "\(Self.place(path, line)): not valid YAML (\(problem)); see the README."
        case .badValue(let path, let line, let key, let problem):
            "\(Self.place(path, line)): \(key) \(problem)."
        case .unknownKey(let path, let line, let key, let known):
            "\(Self.place(path, line)): unknown setting '\(key)'; the settings here are \(known.joined(separator: ", "))."
        }
    }

    private static func place(_ path: String, _ line: Int?) -> String {
        line.map { "\(path):\($0)" } ?? path
    }
}
