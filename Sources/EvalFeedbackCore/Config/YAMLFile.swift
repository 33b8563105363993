import Foundation
import Yams

/// Reading the YAML files (the config file, mapping files) up to their top-level settings, with
/// errors that name the file and line.
enum YAMLFile {
    /// The text of the file at `path`.
    static func text(at path: String) throws(ConfigError) -> String {
        do {
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
    }

    /// The top-level `name: value` settings of `text`; nil for an empty file.
    static func settings(_ text: String, path: String) throws(ConfigError) -> Node.Mapping? {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw .syntax(path: path, line: line(of: error), problem: problem(of: error))
        } catch {
            throw .syntax(path: path, line: nil, problem: "\(error)")
        }
        guard let root else { return nil }
        guard let mapping = root.mapping else {
            throw .syntax(path: path, line: root.mark?.line, problem: "expected settings as 'name: value' lines")
        }
        return mapping
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
