import Foundation
import Yams

/// Reads a mapping file (YAML, documented in docs/survey-tools.md, "Mapping files"): how one academy's
/// exports name their columns, for anything the survey-tool profiles do not recognise.
///
/// Like the config file it is read from Yams' node tree, so that every mistake names its
/// line and an unknown key is an error rather than a silently ignored instruction.
public enum MappingFile {
    /// The mapping in the file at `path`.
    public static func load(path: String) throws(ConfigError) -> ImportMapping {
        try parse(try YAMLFile.text(at: path), path: path)
    }

    /// The mapping in `text`, read from the file `path`.
    public static func parse(_ text: String, path: String) throws(ConfigError) -> ImportMapping {
        var mapping = ImportMapping()
        guard let entries = try YAMLFile.settings(text, path: path) else { return mapping }
        let reader = SettingsFile.Reader(path: path)
        for (key, value) in entries {
            let name = key.string ?? ""
            switch name {
            case "profile":
                let names = ExportProfile.allCases.map(\.rawValue)
                guard let profile = ExportProfile(rawValue: try reader.text(value, name)) else {
                    throw reader.bad(value, name, "must be one of \(names.joined(separator: ", "))")
                }
                mapping.profile = profile
            case "form": mapping.form = try reader.text(value, name).trimmedOrNil
            case "file_name":
                let pattern = try reader.text(value, name)
                guard (try? NSRegularExpression(pattern: pattern)) != nil else {
                    throw reader.bad(value, name, "is not a regular expression")
                }
                mapping.fileNamePattern = pattern
            case "header_rows":
                guard let rows = value.int, (1...5).contains(rows) else {
                    throw reader.bad(value, name, "must be a number from 1 to 5")
                }
                mapping.headerRows = rows
            case "dates":
                switch try reader.text(value, name) {
                case "day-first": mapping.monthFirstDates = false
                case "month-first": mapping.monthFirstDates = true
                default: throw reader.bad(value, name, "must be day-first or month-first")
                }
            case "columns": mapping.columns = try columns(value, reader)
            case "scale": mapping.scale = try scale(value, reader)
            case "context": mapping.context = try context(value, reader)
            default:
                throw .unknownKey(
                    path: path, line: key.mark?.line, key: name,
                    known: ["profile", "form", "file_name", "header_rows", "dates", "columns", "scale", "context"])
            }
        }
        return mapping
    }

    private static func field(_ key: Node, _ reader: SettingsFile.Reader, in section: String) throws(ConfigError)
        -> EvaluationField
    {
        let name = key.string ?? ""
        guard let field = EvaluationField(rawValue: name) else {
            throw .unknownKey(
                path: reader.path, line: key.mark?.line, key: "\(section).\(name)",
                known: EvaluationField.allCases.map(\.rawValue))
        }
        return field
    }

    private static func columns(_ node: Node, _ reader: SettingsFile.Reader) throws(ConfigError)
        -> [EvaluationField: ColumnMatcher]
    {
        guard let entries = node.mapping else {
            throw reader.bad(node, "columns", "must list fields, e.g. 'score_trainer: Hoe beoordeelt u de docent?'")
        }
        var columns: [EvaluationField: ColumnMatcher] = [:]
        for (key, value) in entries {
            let field = try field(key, reader, in: "columns")
            guard let matcher = ColumnMatcher(try reader.text(value, field.rawValue)) else {
                throw reader.bad(value, field.rawValue, "has a /pattern/ that is not a regular expression")
            }
            columns[field] = matcher
        }
        return columns
    }

    private static func scale(_ node: Node, _ reader: SettingsFile.Reader) throws(ConfigError) -> ScoreScale {
        guard let entries = node.mapping else {
            throw reader.bad(node, "scale", "must hold reversed, range, labels, not_applicable or answer_codes")
        }
        var scale = ScoreScale()
        for (key, value) in entries {
            let name = key.string ?? ""
            switch name {
            case "reversed", "answer_codes":
                guard let on = value.bool else { throw reader.bad(value, name, "must be true or false") }
                if name == "reversed" { scale.reversed = on } else { scale.answerCodes = on }
            case "range":
                let text = try reader.text(value, name)
                let ends = text.split(separator: "-").compactMap { Double($0.trimmed) }
                guard ends.count == 2, ends[0] < ends[1], ends[0] >= 0, ends[1] <= 100 else {
                    throw reader.bad(value, name, "must be the lowest and highest answer, e.g. 1-5 or 0-10")
                }
                scale.range = ends[0]...ends[1]
            case "labels":
                guard let entries = value.mapping else {
                    throw reader.bad(value, name, "must give each label its answer, e.g. 'Zeer goed: 5'")
                }
                for (label, answer) in entries {
                    guard let number = answer.float else {
                        throw reader.bad(answer, "labels", "must give a number for '\(label.string ?? "")'")
                    }
                    scale.labels[(label.string ?? "").trimmed.lowercased()] = number
                }
            case "not_applicable":
                guard case .sequence(let items) = value else {
                    throw reader.bad(value, name, "must be a list, e.g. [\"99\", \"Weet ik niet\"]")
                }
                for item in items { scale.notApplicable.insert(try reader.text(item, name).trimmed.lowercased()) }
            default:
                throw .unknownKey(
                    path: reader.path, line: key.mark?.line, key: "scale." + name,
                    known: ["reversed", "range", "labels", "not_applicable", "answer_codes"])
            }
        }
        return scale
    }

    private static func context(_ node: Node, _ reader: SettingsFile.Reader) throws(ConfigError)
        -> [EvaluationField: String]
    {
        guard let entries = node.mapping else {
            throw reader.bad(node, "context", "must give fields, e.g. 'client: Gemeente Utrecht'")
        }
        var context: [EvaluationField: String] = [:]
        for (key, value) in entries {
            let field = try field(key, reader, in: "context")
            context[field] = try reader.text(value, field.rawValue)
        }
        return context
    }
}
