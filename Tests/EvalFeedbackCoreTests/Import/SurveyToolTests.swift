import Foundation
import GRDB
import TestSupport
import Testing

@testable import EvalFeedbackCore

@Suite("Exports of the survey tools academies use")
struct SurveyToolTests {
    @Test(
        "Each tool's export is recognised and gives exactly the expected counts",
        arguments: SurveyToolFixtures.recognised)
    func counts(_ expected: SurveyToolFixtures.Expected) throws {
        let summary = try AppDatabase.inMemory().importFixture(expected.file)
        #expect(summary.records == expected.records)
        #expect(summary.accepted == expected.records, "no record of a tool's export is rejected")
        #expect(summary.flagged == expected.flagged)
        #expect(summary.casesOpened == expected.flagged)
        #expect(summary.incomplete == expected.incomplete)
        #expect(summary.warningCount == expected.invalidScores, "\(summary.warnings)")
        let folder = String(expected.file.prefix { $0 != "/" })
        let profile = folder == "qualtrics" && expected.file.contains("legacy") ? "qualtrics-legacy" : folder
        #expect(summary.profile == profile)
        #expect(summary.profileDetected)
    }

    @Test(
        "R9: every case is registered on its response's submission day from the tool's completion column",
        arguments: SurveyToolFixtures.recognised)
    func registrationDays(_ expected: SurveyToolFixtures.Expected) throws {
        let store = try AppDatabase.inMemory()
        let summary = try store.importFixture(expected.file)
        #expect(!summary.registeredOnImportDay)
        let days = try store.withConnection { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT c.registered_on, r.submitted_at FROM complaint_case c JOIN response r ON r.id = c.response_id
                    """)
        }
        #expect(days.count == expected.flagged)
        for day in days {
            let submitted: String? = day["submitted_at"]
            #expect(submitted.map { String($0.prefix(10)) } == day["registered_on"], "\(day)")
        }
        #expect(days.allSatisfy { ($0["registered_on"] as String) < "2026-11-26" }, "none on the import day")
    }

    @Test("R6: Google Forms' cumulative exports over three nights open cases only for the new responses")
    func cumulativeGoogleForms() throws {
        let store = try AppDatabase.inMemory()
        var previous = 0
        for night in 1...3 {
            let file = "google-forms/nl-avond-\(night).csv"
            let expected = try #require(SurveyToolFixtures.expected.first { $0.file == file })
            let summary = try store.importFixture(file)
            #expect(summary.alreadyKnown == previous)
            #expect(summary.casesOpened == expected.newFlagged)
            previous = summary.records
        }
        #expect(try store.count("response") == 45)
        #expect(try store.count("complaint_case") == 14)
    }

    @Test("R6: response 7 of two Microsoft Forms are two responses; the form comes from the file name")
    func formsScopeIDs() throws {
        let store = try AppDatabase.inMemory()
        let excel = try store.importFixture("microsoft-forms/Cursusevaluatie Excel(1-32).csv")
        let leiding = try store.importFixture("microsoft-forms/Cursusevaluatie Leidinggeven(1-30).csv")
        #expect(excel.form == "forms Cursusevaluatie Excel")
        #expect(leiding.form == "forms Cursusevaluatie Leidinggeven")
        #expect(leiding.alreadyKnown == 0)
        #expect(try store.count("response") == 62)
        #expect(try store.count("complaint_case") == 19)
        #expect(try store.count("response", where: "response_key = 'id:forms Cursusevaluatie Excel/7'") == 1)
    }

    @Test("R6: LimeSurvey's ids count per survey; the survey id comes from the file name")
    func limeSurveyScopeIDs() throws {
        let store = try AppDatabase.inMemory()
        #expect(try store.importFixture("limesurvey/results-survey482915-codes.csv").form == "limesurvey 482915")
        #expect(try store.importFixture("limesurvey/results-survey771203-full.csv").form == "limesurvey 771203")
        #expect(try store.count("response") == 63)
    }

    @Test("R4: an unfinished response's low score still opens a case, and the response is marked unfinished")
    func unfinished() throws {
        let store = try AppDatabase.inMemory()
        _ = try store.importFixture("qualtrics/nl-evaluatie.csv")
        #expect(try store.count("response", where: "is_complete = 0") == 5)
        #expect(try store.count("response", where: "is_complete = 0 AND is_flagged") == 3)
        #expect(try store.count("case_event", where: "note LIKE '%unfinished response%'") == 3)
    }

    @Test("US dates: SurveyMonkey's 12-hour clock and Google's month-first timestamps are read right")
    func usDates() throws {
        let store = try AppDatabase.inMemory()
        _ = try store.importFixture("surveymonkey/en-training-feedback.csv")
        _ = try store.importFixture("google-forms/en-export.csv")
        let times = try store.withConnection { db in
            try String.fetchAll(db, sql: "SELECT submitted_at FROM response WHERE submitted_at IS NOT NULL")
        }
        #expect(times.count == 62)
        #expect(times.allSatisfy { $0.hasPrefix("2026-11-") }, "\(times.filter { !$0.hasPrefix("2026-11-") })")
        #expect(
            times.contains {
                $0.hasSuffix(" 14:") || $0.dropFirst(11).hasPrefix("1") || $0.dropFirst(11).hasPrefix("2")
            })
    }

    @Test("An unrecognised export is refused with the headers found, and a pointer to inspect and mapping files")
    func unrecognised() throws {
        do {
            _ = try AppDatabase.inMemory().importFixture("unknown/adresboek.csv")
            Issue.record("an address book was imported")
        } catch let error as ImportError {
            #expect(error.description.contains("(found: Naam, Adres, Woonplaats)"))
            #expect(error.description.contains("evalfeedback inspect adresboek.csv"))
            #expect(error.description.contains("mapping file"))
        }
    }

    @Test("A mapping file names the columns and reverses the scale (1 = excellent)")
    func mappingFile() throws {
        let mapping = try MappingFile.load(path: SurveyToolFixtures.url("custom/eigen-formulier.mapping.yaml").path)
        let settings = ImportSettings(today: LocalDate(checked: 2026, 11, 26), mapping: mapping)
        let store = try AppDatabase.inMemory()
        let summary = try store.importFixture("custom/eigen-formulier.csv", settings: settings)
        let expected = try #require(SurveyToolFixtures.expected.first { $0.file == "custom/eigen-formulier.csv" })
        #expect(summary.flagged == expected.flagged)
        #expect(summary.warningCount == expected.invalidScores)
        #expect(summary.form == "Eigen evaluatieformulier")
        #expect(throws: ImportError.self) { try AppDatabase.inMemory().importFixture("custom/eigen-formulier.csv") }
    }

    @Test("Context the export lacks comes from the command line and from the file name; the file's own value wins")
    func context() throws {
        let text =
            canonicalHeader.replacingOccurrences(of: ",client", with: "") + "\n"
            + "X-1,2026-11-23T10:00:00,,2026-11-23,Eva Bos,Anna Visser,anna@example.org,5,8,8,8,\n"
        let file = try TemporaryFile(name: "Excel_2026-11-20_Gemeente Utrecht.csv", text: text)
        var settings = ImportSettings(today: LocalDate(checked: 2026, 11, 26))
        settings.mapping.fileNamePattern =
            #"^(?<training>[^_]+)_(?<trainingdate>\d{4}-\d{2}-\d{2})_(?<client>[^.]+)\.csv$"#
        settings.context[.trainer] = "Piet Smit"
        let store = try AppDatabase.inMemory()
        _ = try store.importEvaluations(
            from: file.url, name: "Excel_2026-11-20_Gemeente Utrecht.csv", settings: settings)
        let row = try store.withConnection { db in
            try Row.fetchOne(db, sql: "SELECT training, training_date, trainer, client FROM response")
        }
        #expect(row?["training"] == "Excel")
        #expect(row?["training_date"] == "2026-11-23", "the file's own date wins over the file name's")
        #expect(row?["trainer"] == "Eva Bos", "the file's own trainer wins over --trainer")
        #expect(row?["client"] == "Gemeente Utrecht")
    }
}
