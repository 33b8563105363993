import Foundation
import GRDB
import TestSupport
import Testing

@testable import EvalFeedbackCore

/// Imports `text` as `name` and returns the summary and the register.
private func load(
    _ text: String, name: String = "export.csv", into store: AppDatabase? = nil,
    settings: ImportSettings = ImportSettings(today: LocalDate(checked: 2026, 11, 26))
) throws -> (ImportSummary, AppDatabase) {
    let store = try store ?? AppDatabase.inMemory()
    let file = try TemporaryFile(name: name, text: text)
    let outcome = try store.importEvaluations(from: file.url, name: name, settings: settings)
    return (try require(outcome.summary), store)
}

private func column(_ store: AppDatabase, _ sql: String) throws -> [String] {
    try store.withConnection { db in try String.fetchAll(db, sql: sql) }
}

@Suite("Survey exports as academies really word them")
struct SurveyToolEdgeTests {
    @Test("R4: a second column for the same dimension is read too; a low score in either flags")
    func severalColumnsPerDimension() throws {
        let text = """
            Respondent ID,Collector ID,Start Date,End Date,Hoe beoordeelt u de trainer op de volgende punten?,,Hoe beoordeelt u de faciliteiten?,,Hoe beoordeelt u de training?,Hoe beoordeelt u de trainingsdag?
            ,,,,Vakkennis,Didactische vaardigheden,De locatie,De catering,Response,Response
            1001,9,11/23/2026 10:00:00 AM,11/23/2026 10:05:00 AM,8,3 - Slecht,8,8,8,8
            1002,9,11/23/2026 11:00:00 AM,11/23/2026 11:05:00 AM,8,8,9,4,8,8

            """
        let (summary, store) = try load(text)
        #expect(summary.flagged == 2)
        #expect(
            try column(store, "SELECT low_scores FROM complaint_case ORDER BY id") == ["trainer 3", "facilities 4"])
        #expect(
            summary.notes.contains { $0.description.contains("several columns for score_facilities, score_trainer") })
    }

    @Test("R4: a form with a Dutch and an English section: whichever the respondent filled in counts")
    func bilingual() throws {
        let text = """
            Tijdstempel,Hoe beoordeelt u de training?,Hoe beoordeelt u de trainingsdag?,Hoe beoordeelt u de faciliteiten?,Hoe beoordeelt u de trainer?,How would you rate the training?,How would you rate the training day?,How would you rate the facilities?,How would you rate the trainer?
            23-11-2026 10:00:00,8,8,8,8,,,,
            23-11-2026 11:00:00,,,,,4,3,5,2

            """
        let (summary, store) = try load(text)
        #expect(summary.flagged == 1)
        #expect(summary.warningCount == 0)
        #expect(
            try column(store, "SELECT low_scores FROM complaint_case") == ["training 4, day 3, facilities 5, trainer 2"]
        )
    }

    @Test(
        "Questions are read by what they ask: a name is not a score, an explanation is a comment",
        arguments: [
            ("Trainer,Wat vond u van de docent?", "trainer ← Trainer, score_trainer ← Wat vond u van de docent?"),
            (
                "Welk cijfer geeft u de trainer?,Kunt u uw beoordeling van de trainer toelichten?",
                "score_trainer ← Welk cijfer geeft u de trainer?, comment ← Kunt u uw beoordeling van de trainer toelichten?"
            ),
        ])
    func wording(columns: String, expected: String) throws {
        let header =
            "Tijdstempel,Hoe beoordeelt u de cursus?,Hoe beviel de trainingsdag?,Hoe tevreden bent u over de trainingslocatie?,"
            + columns
        let (summary, _) = try load(header + "\n23-11-2026 10:00:00,8,8,8,Pieter,3\n")
        for pair in expected.components(separatedBy: ", ") {
            let parts = pair.components(separatedBy: " ← ")
            #expect(summary.columns.contains("\(parts[1]) → \(parts[0])"), "\(summary.columns)")
        }
    }

    @Test("R4: a question about two dimensions counts for both; another question's low score still flags")
    func twoDimensions() throws {
        let text = """
            Tijdstempel,Hoe beoordeelt u de training?,Hoe beoordeelt u de dag?,Hoe beoordeelt u de trainer en de zaal?,Hoe beoordeelt u de docent?
            23-11-2026 10:00:00,8,8,8,2

            """
        let (summary, store) = try load(text)
        #expect(summary.flagged == 1)
        #expect(try column(store, "SELECT low_scores FROM complaint_case") == ["trainer 2"])
    }

    @Test(
        "Other scales are converted to 1-10 before R2: stars, 0-10, grade and satisfaction words",
        arguments: [
            ("Hoe beoordeelt u de trainer? (1-5 sterren)", "5", false),
            ("Hoe beoordeelt u de trainer? (1-5 sterren)", "3", true),
            ("Hoe beoordeelt u de trainer? (0-10)", "0", true),
            ("Hoe beoordeelt u de trainer? (0-10)", "7", false),
            ("Hoe beoordeelt u de trainer?", "Onvoldoende", true),
            ("Hoe beoordeelt u de trainer?", "Voldoende", true),
            ("Hoe beoordeelt u de trainer?", "Ruim voldoende", false),
            ("Hoe beoordeelt u de trainer?", "Uitstekend (10)", false),
            ("Hoe beoordeelt u de trainer?", "Ontevreden", true),
            ("Hoe beoordeelt u de trainer?", "Zeer tevreden", false),
        ])
    func scales(question: String, answer: String, low: Bool) throws {
        let header =
            "Tijdstempel,Hoe beoordeelt u de training?,Hoe beoordeelt u de dag?,Hoe beoordeelt u de faciliteiten?,"
        let (summary, _) = try load(header + "\"\(question)\"\n23-11-2026 10:00:00,8,8,8,\(answer)\n")
        #expect(summary.flagged == (low ? 1 : 0))
        #expect(summary.warningCount == 0)
    }

    @Test("A mapping file's scale: a 1-5 range and word labels of the academy's own")
    func mappingScale() throws {
        var settings = ImportSettings(today: LocalDate(checked: 2026, 11, 26))
        settings.mapping.scale = ScoreScale(range: 1...5, labels: ["top": 5, "nee": 1])
        let text =
            canonicalHeader + "\n" + row("A", scores: ["5", "4", "top", "nee"]) + "\n"
            + row("B", scores: ["5", "5", "5", "4"])
        let (summary, store) = try load(text, settings: settings)
        #expect(summary.flagged == 1)
        #expect(try column(store, "SELECT low_scores FROM complaint_case") == ["trainer 1"])
        #expect(try column(store, "SELECT CAST(score_day AS TEXT) FROM response ORDER BY id") == ["7.75", "10.0"])
    }

    @Test("LimeSurvey 4's answer codes AO01..AO10")
    func limeSurveyCodes() throws {
        let text = """
            id,submitdate,lastpage,beoordeling[training],beoordeling[dag],beoordeling[faciliteiten],beoordeling[trainer]
            1,2026-11-23 10:00:00,2,AO08,AO09,AO03,AO10

            """
        let (summary, store) = try load(text, name: "results-survey556677.csv")
        #expect(summary.flagged == 1)
        #expect(try column(store, "SELECT low_scores FROM complaint_case") == ["facilities 3"])
    }

    @Test("Dates: a canonical file is day-first whatever its column is called; a day above 12 settles a US-style file")
    func dateOrder() throws {
        let canonical =
            canonicalHeader.replacingOccurrences(of: "submitted_at", with: "timestamp") + "\n"
            + row("A", submitted: "03-11-2026 09:12")
        let (_, first) = try load(canonical)
        #expect(try column(first, "SELECT submitted_at FROM response") == ["2026-11-03 09:12:00"])
        let header =
            "Timestamp,How would you rate the training?,How would you rate the day?,How would you rate the facilities?,How would you rate the trainer?"
        let uk = header + "\n05/11/2026 10:00:00,8,8,8,8\n23/11/2026 10:00:00,8,8,8,8\n"
        let (summary, second) = try load(uk)
        #expect(
            try column(second, "SELECT submitted_at FROM response ORDER BY id") == [
                "2026-11-05 10:00:00", "2026-11-23 10:00:00",
            ])
        #expect(!summary.notes.contains { $0.description.contains("are read month-first") })
        let us = header + "\n05/11/2026 10:00:00,8,8,8,8\n"
        let (usSummary, third) = try load(us)
        #expect(try column(third, "SELECT submitted_at FROM response") == ["2026-05-11 10:00:00"])
        #expect(usSummary.notes.contains { $0.description.contains("dates like 03/04/2026 are read month-first (US)") })
    }

    @Test("Google's timestamps with a zone: 2026/11/23 2:05:09 PM GMT+1")
    func googleZone() throws {
        let text =
            "Timestamp,How would you rate the training?,How would you rate the day?,How would you rate the facilities?,How would you rate the trainer?\n2026/11/20 2:05:09 PM GMT+1,5,8,8,8\n"
        let (_, store) = try load(text)
        #expect(try column(store, "SELECT submitted_at FROM response") == ["2026-11-20 14:05:09"])
        #expect(try column(store, "SELECT registered_on FROM complaint_case") == ["2026-11-20"])
    }

    @Test("R6: --client on the second night does not make the first night's responses new")
    func contextKeepsIdentity() throws {
        let header =
            "Tijdstempel,Hoe beoordeelt u de training?,Hoe beoordeelt u de dag?,Hoe beoordeelt u de faciliteiten?,Hoe beoordeelt u de trainer?"
        let night1 = header + "\n23-11-2026 10:00:00,5,8,8,8\n"
        let (_, store) = try load(night1, name: "avond-1.csv")
        var settings = ImportSettings(today: LocalDate(checked: 2026, 11, 26))
        settings.context[.client] = "Hogeschool Rijnland"
        let (summary, _) = try load(
            night1 + "24-11-2026 10:00:00,8,8,8,8\n", name: "avond-2.csv", into: store, settings: settings)
        #expect(summary.alreadyKnown == 1)
        #expect(try store.count("complaint_case") == 1)
    }

    @Test("R4, R6: an edited response's new low score opens its case; a finished one is not a second response")
    func editedResponses() throws {
        let header =
            "Id;Begintijd;Tijdstip van voltooien;E-mail;Naam;Hoe beoordeelt u de training?;Hoe beoordeelt u de trainingsdag?;Hoe beoordeelt u de faciliteiten?;Hoe beoordeelt u de trainer?"
        let first = header + "\n1;23-11-2026 10:00:00;23-11-2026 10:05:00;anonymous;;8;8;8;8\n"
        let (_, store) = try load(first, name: "Evaluatie(1-1).csv")
        let edited = header + "\n1;23-11-2026 10:00:00;24-11-2026 09:00:00;anonymous;;8;8;8;3\n"
        let (summary, _) = try load(edited, name: "Evaluatie(1-1).csv", into: store)
        #expect(summary.alreadyKnown == 1 && summary.changed == 1 && summary.casesOpened == 1)
        #expect(try store.count("response") == 1)
        #expect(try store.count("response", where: "respondent_email IS NULL") == 1, "'anonymous' is no email address")
        let lime =
            "id,submitdate,lastpage,datestamp,beoordeling[training],beoordeling[dag],beoordeling[faciliteiten],beoordeling[trainer]\n"
        let (_, survey) = try load(lime + "7,,1,2026-11-23 10:00:00,4,,,\n", name: "results-survey900001.csv")
        let (done, _) = try load(
            lime + "7,2026-11-24 09:00:00,3,2026-11-24 09:00:00,4,8,8,8\n", name: "results-survey900001.csv",
            into: survey)
        #expect(done.alreadyKnown == 1 && done.casesOpened == 0)
        #expect(try survey.count("complaint_case") == 1)
        #expect(try survey.count("response", where: "is_complete = 1") == 1)
    }

    @Test("A wrong --profile does not take responses for header rows")
    func wrongProfile() throws {
        var settings = ImportSettings(today: LocalDate(checked: 2026, 11, 26))
        settings.profile = .surveyMonkey
        let text =
            "Tijdstempel,Hoe beoordeelt u de training?,Hoe beoordeelt u de dag?,Hoe beoordeelt u de faciliteiten?,Hoe beoordeelt u de trainer?\n23-11-2026 10:00:00,4,8,8,8\n"
        #expect(
            throws: ImportError.wrongProfile(file: "export.csv", profile: .surveyMonkey, problem: .noSubQuestionRow)
        ) {
            try load(text, settings: settings)
        }
        settings.profile = .qualtrics
        #expect(throws: ImportError.wrongProfile(file: "export.csv", profile: .qualtrics, problem: .noQualtricsIDs)) {
            try load(text, settings: settings)
        }
    }
}
