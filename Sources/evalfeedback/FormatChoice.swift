import ArgumentParser
import EvalFeedbackCore

/// A command's `--format`: only the formats the command can write are parsed and listed in its
/// `--help`, so that nobody is offered a format the command then refuses.
protocol FormatChoice: ExpressibleByArgument, CaseIterable, RawRepresentable where RawValue == String {
    /// The renderers' format of the same name.
    var output: OutputFormat { get }
}

/// `text` or `json`: the calendar, a case, the rejects, the purge.
enum TextOrJSON: String, FormatChoice {
    case text, json

    var output: OutputFormat {
        switch self {
        case .text: .text
        case .json: .json
        }
    }
}

/// The follow-up list's formats.
enum ListFormat: String, FormatChoice {
    case text, csv, json, html

    var output: OutputFormat {
        switch self {
        case .text: .text
        case .csv: .csv
        case .json: .json
        case .html: .html
        }
    }
}

/// The register extract's formats.
enum RegisterFormat: String, FormatChoice {
    case csv, html

    var output: OutputFormat {
        switch self {
        case .csv: .csv
        case .html: .html
        }
    }
}
