import Foundation
import GRDB
import Testing

@testable import EvalFeedbackCore

@Suite("Real exports from public repositories, against their independently computed manifest")
struct RealExportTests {
    @Test("The manifest lists the real exports of every tool found")
    func manifestIsThere() {
        #expect(RealExports.exports.count >= 10)
        #expect(Set(RealExports.exports.map(\.tool)).isSuperset(of: ["qualtrics", "limesurvey", "google-forms"]))
    }

    @Test(
        "Tool, header rows, responses, the completion column and the first registration day are the manifest's",
        arguments: RealExports.exports)
    func readAsTheManifestSays(_ entry: RealExports.Entry) throws {
        let url = RealExports.url(entry.file)
        let outcome = try AppDatabase.inMemory().inspectEvaluations(
            from: url, name: url.lastPathComponent, settings: ImportSettings(today: LocalDate(checked: 2026, 11, 26)))
        let summary = try #require(outcome.summary)
        #expect(summary.profileDetected, "recognised by its structure")
        let family = summary.profile == ExportProfile.qualtricsLegacy.rawValue ? "qualtrics" : summary.profile
        #expect(family == entry.tool)
        #expect(summary.headerRows == entry.headerRows, "header rows never become responses")
        #expect(summary.records == entry.responses)
        #expect(summary.accepted == entry.responses)
        #expect(summary.rejected == 0)
        let column = try #require(entry.submittedColumn)
        #expect(summary.submissionHeaders.contains(column), "\(summary.submissionHeaders)")
        #expect(!summary.registeredOnImportDay)
        #expect(summary.firstSubmittedAt == entry.firstTimestamp?.storedForm)
    }

    @Test(
        "R8: the cases of a real Qualtrics export are registered on the day of its EndDate, not the import day",
        arguments: ["qualtricstools-en-insights-3header-singlequote.csv", "qualtricstools-en-legacy-2header.csv"])
    func registrationDays(_ file: String) throws {
        let entry = try #require(RealExports.exports.first { $0.file == "qualtrics/" + file })
        let ratings = try #require(entry.ratingColumns)
        // The survey rates squash on 1-3 (Q3_1..Q3_4); -1 and -2 are "no basis for evaluation".
        let mapping = try MappingFile.parse(
            """
            columns:
              score_training: \(ratings[1])
              score_day: \(ratings[2])
              score_facilities: \(ratings[3])
              score_trainer: \(ratings[4])
            scale:
              range: 1-3
              not_applicable: ["-1", "-2"]
            """, path: "squash.yaml")
        var settings = ImportSettings(today: LocalDate(checked: 2026, 11, 26))
        settings.mapping = mapping
        let store = try AppDatabase.inMemory()
        let url = RealExports.url(entry.file)
        let summary = try #require(
            try store.importEvaluations(from: url, name: url.lastPathComponent, settings: settings).summary)
        #expect(summary.records == entry.responses)
        #expect(summary.casesOpened > 0)
        let days = try store.withConnection { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT registered_on FROM complaint_case")
        }
        #expect(days == [try #require(entry.firstTimestamp).date.description])
    }
}
