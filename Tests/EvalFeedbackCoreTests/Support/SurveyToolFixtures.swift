import Foundation
import TestSupport

@testable import EvalFeedbackCore

/// The survey-tool exports in `fixtures/surveytools/` and their counts in `EXPECTED.json`,
/// computed by the script that wrote them (an oracle independent of the importer).
enum SurveyToolFixtures {
    struct Expected: Decodable, CustomStringConvertible {
        let file: String
        let records: Int
        let flagged: Int
        let incomplete: Int
        let invalidScores: Int
        let newFlagged: Int?

        var description: String { file }
    }

    static let folder = Repository.fixtures.appendingPathComponent("surveytools")

    /// Every entry of EXPECTED.json.
    static let expected: [Expected] = {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        guard let data = try? Data(contentsOf: folder.appendingPathComponent("EXPECTED.json")),
            let entries = try? decoder.decode([Expected].self, from: data)
        else { return [] }
        return entries
    }()

    /// The exports a profile reads without help.
    static var recognised: [Expected] {
        expected.filter { !$0.file.hasPrefix("unknown/") && !$0.file.hasPrefix("custom/") }
    }

    static func url(_ file: String) -> URL { folder.appendingPathComponent(file) }
}

extension AppDatabase {
    /// Imports a survey-tool fixture as on 2026-11-26.
    func importFixture(_ file: String, settings: ImportSettings? = nil) throws -> ImportSummary {
        let url = SurveyToolFixtures.url(file)
        let outcome = try importEvaluations(
            from: url, name: url.lastPathComponent,
            settings: settings ?? ImportSettings(today: LocalDate(checked: 2026, 11, 26)))
        return try require(outcome.summary)
    }
}
