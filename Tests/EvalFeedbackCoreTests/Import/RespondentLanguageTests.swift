import Foundation
import GRDB
import TestSupport
import Testing

@testable import EvalFeedbackCore

/// Issue 24: the respondent's language, where a survey tool's export gives it, is stored with
/// each response as two lowercase letters, so that the case's letters can be written in it.
@Suite("The respondent's language, from the exports that state it")
struct RespondentLanguageTests {
    @Test(
        "LimeSurvey's start language is found by its place, under any heading",
        arguments: ["Begin taal", "Starttaal", "startlanguage", "Langue de départ"])
    func limeSurveyHeading(heading: String) throws {
        // Dutch "Begin taal" as in fixtures/real/limesurvey; "Langue de départ" is in no list:
        // its place after the last page names it.
        let layout = try #require(
            ExportLayout.detect([["Respons ID", "Datum verstuurd", "Laatste pagina", heading, "Startdatum"]]))
        #expect(layout.profile == .limeSurvey)
        #expect(layout.fields[.language] == 3)
    }

    @Test("Qualtrics' UserLanguage, under its labels in any language")
    func qualtricsHeading() throws {
        let layout = try #require(
            ExportLayout.detect([
                ["StartDate", "EndDate", "Finished", "ResponseId", "UserLanguage", "Q1"],
                ["Anfangsdatum", "Enddatum", "Beendet", "Antwort-ID", "Benutzersprache", "Wie beurteilen Sie..."],
                [
                    "{\"ImportId\":\"startDate\"}", "{\"ImportId\":\"endDate\"}", "{\"ImportId\":\"finished\"}",
                    "{\"ImportId\":\"_recordId\"}", "{\"ImportId\":\"userLanguage\"}", "{\"ImportId\":\"QID1\"}",
                ],
            ]))
        #expect(layout.profile == .qualtrics)
        #expect(layout.fields[.language] == 4)
    }

    @Test(
        "The tools' exports store each response's language",
        arguments: [
            ("qualtrics/nl-evaluatie.csv", "nl"),  // UserLanguage NL
            ("limesurvey/results-survey482915-codes.csv", "nl"),  // startlanguage nl
            ("limesurvey/results-survey771203-full.csv", "nl"),  // "Starttaal", full-text headings
        ])
    func fixtures(file: String, language: String) throws {
        let store = try AppDatabase.inMemory()
        _ = try store.importFixture(file)
        let stored = try store.withConnection { db in
            try String?.fetchAll(db, sql: "SELECT DISTINCT language FROM response")
        }
        #expect(stored == [language])
    }

    @Test("A canonical language column, a mapping file's column and its context all give it")
    func canonicalAndMapped() throws {
        let store = try AppDatabase.inMemory()
        try store.importText(
            canonicalHeader + ",language\n" + row("C-1") + ",EN-GB\n" + row("C-2") + ",nl\n" + row("C-3") + ",?\n",
            name: "canonical.csv")
        let mapping = try MappingFile.parse(
            """
            columns:
              language: Taal van de deelnemer
            """, path: "mapping.yaml")
        let mapped = canonicalHeader + ",Taal van de deelnemer\n" + row("M-1") + ",de-informal\n"
        let file = try TemporaryFile(name: "mapped.csv", text: mapped)
        let day = try #require(LocalDate("2026-11-26"))
        _ = try store.importEvaluations(
            from: file.url, name: "mapped.csv", settings: ImportSettings(today: day, mapping: mapping))
        let english = try MappingFile.parse("context:\n  language: en\n", path: "english.yaml")
        let whole = try TemporaryFile(name: "english.csv", text: canonicalHeader + "\n" + row("E-1") + "\n")
        _ = try store.importEvaluations(
            from: whole.url, name: "english.csv",
            settings: ImportSettings(today: day, mapping: english))
        let stored = try store.withConnection { db in
            try Row.fetchAll(db, sql: "SELECT external_id, language FROM response ORDER BY id")
                .map { "\($0[0] as String? ?? "")=\($0[1] as String? ?? "none")" }
        }
        #expect(stored == ["C-1=en", "C-2=nl", "C-3=none", "M-1=de", "E-1=en"])
    }

    @Test("R6: the language is no part of a response's fingerprint, so a re-import finds it known")
    func fingerprint() throws {
        let store = try AppDatabase.inMemory()
        // No ids: the key is the fingerprint. The second export adds a language column.
        let header = "submitted_at,training,client,score_training,score_day,score_facilities,score_trainer"
        let line = "2026-11-23T16:05:09,Excel,Klant,4,8,8,8"
        try store.importText(header + "\n" + line + "\n", name: "first.csv")
        try store.importText(header + ",language\n" + line + ",en\n", name: "second.csv")
        #expect(try store.count("response") == 1)
    }
}
