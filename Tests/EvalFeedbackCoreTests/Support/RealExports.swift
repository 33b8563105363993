import Foundation
import TestSupport

@testable import EvalFeedbackCore

/// The real exports in `fixtures/real/`, copied from public repositories (SOURCES.md per tool),
/// and `manifest.json`, computed from them independently of the importer: the oracle.
enum RealExports {
    struct Entry: Decodable, CustomStringConvertible {
        let file: String
        let tool: String
        let language: String
        let headerRows: Int?
        let responses: Int?
        let submittedColumn: String?
        let firstSubmitted: String?
        let firstSubmittedFormat: String?
        let ratingColumns: [String]?

        var description: String { file }

        /// The first response's submission time as the manifest gives it, read as the tool
        /// writes it in the file's language (US exports put the month first); nil when empty.
        var firstTimestamp: ExportTimestamp? {
            guard let text = firstSubmitted, !text.isEmpty else { return nil }
            let monthFirst = language.hasPrefix("en") || (firstSubmittedFormat ?? "").hasPrefix("m/d")
            return ExportTimestamp(parsing: text, monthFirst: monthFirst)
        }
    }

    static let folder = Repository.fixtures.appendingPathComponent("real")

    /// Every data file of the manifest (not the R syntax file beside LimeSurvey's R export).
    static let exports: [Entry] = {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        guard let data = try? Data(contentsOf: folder.appendingPathComponent("manifest.json")),
            let entries = try? decoder.decode([Entry].self, from: data)
        else { return [] }
        return entries.filter { $0.responses != nil }
    }()

    static func url(_ file: String) -> URL { folder.appendingPathComponent(file) }
}
