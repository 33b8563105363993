import Foundation
import GRDB
import Testing

@testable import EvalFeedbackCore

/// Exports as each tool writes them in the interface languages of its users, built from the
/// tools' documentation and help pages: the tool's own columns are in the account's language,
/// the questions in the form's (Dutch here, as the academy writes its forms). Each has two
/// responses with a low score, submitted on two days; their cases must be registered on those
/// days, never on the import day (R8-R10).
@Suite("Every tool in every interface language: detected, and cases registered on the day of submission")
struct InterfaceLanguageTests {
    struct Export: CustomStringConvertible, Sendable {
        let name: String
        let profile: ExportProfile
        let headerRows: Int
        let text: String
        var description: String { name }
    }

    /// The questions, as the academy's forms ask them.
    static let questions = [
        "Hoe beoordeelt u de training?", "Hoe beoordeelt u de trainingsdag?", "Hoe beoordeelt u de faciliteiten?",
        "Hoe beoordeelt u de trainer?",
    ]
    static let low = "4,8,8,8"

    static let exports: [Export] = [
        Export(
            name: "Google Forms, German: Zeitstempel", profile: .googleForms, headerRows: 1,
            text: "Zeitstempel," + questions.joined(separator: ",") + "\n"
                + "03.11.2026 14:05:09,\(low)\n04.11.2026 09:00:00,\(low)\n"),
        Export(
            name: "Google Forms, French: Horodateur", profile: .googleForms, headerRows: 1,
            text: "Horodateur," + questions.joined(separator: ",") + "\n"
                + "03/11/2026 14:05:09,\(low)\n04/11/2026 09:00:00,\(low)\n"),
        Export(
            name: "Google Forms, Spanish: Marca temporal", profile: .googleForms, headerRows: 1,
            text: "Marca temporal," + questions.joined(separator: ",") + "\n"
                + "3/11/2026 14:05:09,\(low)\n4/11/2026 9:00:00,\(low)\n"),
        Export(
            name: "Microsoft Forms, Dutch Excel: Begintijd, Tijd van voltooien", profile: .microsoftForms,
            headerRows: 1,
            text: "Id;Begintijd;Tijd van voltooien;E-mail;Naam;" + questions.joined(separator: ";") + "\n"
                + "1;3-11-2026 14:01;3-11-2026 14:05;anonymous;;4;8;8;8\n"
                + "2;4-11-2026 8:55;4-11-2026 9:00;anonymous;;4;8;8;8\n"),
        Export(
            name: "Microsoft Forms, German: Startzeit, Fertigstellungszeit", profile: .microsoftForms, headerRows: 1,
            text: "ID;Startzeit;Fertigstellungszeit;E-Mail;Name;Zeitpunkt der letzten Änderung;"
                + questions.joined(separator: ";") + "\n"
                + "1;03.11.2026 14:01:00;03.11.2026 14:05:00;anonymous;;;4;8;8;8\n"
                + "2;04.11.2026 08:55:00;04.11.2026 09:00:00;anonymous;;;4;8;8;8\n"),
        Export(
            name: "Microsoft Forms, French: Heure de début, Heure de fin", profile: .microsoftForms, headerRows: 1,
            text: "ID;Heure de début;Heure de fin;Adresse de messagerie;Nom;" + questions.joined(separator: ";") + "\n"
                + "1;03/11/2026 14:01:00;03/11/2026 14:05:00;anne@example.org;Anne Martin;4;8;8;8\n"
                + "2;04/11/2026 08:55:00;04/11/2026 09:00:00;anonymous;;4;8;8;8\n"),
        Export(
            name: "Microsoft Forms, English with Last modified time", profile: .microsoftForms, headerRows: 1,
            text: "ID,Start time,Completion time,Email,Name,Last modified time," + questions.joined(separator: ",")
                + "\n1,11/3/2026 14:01:00,11/3/2026 14:05:00,anonymous,,,\(low)\n"
                + "2,11/4/2026 8:55:00,11/4/2026 9:00:00,anonymous,,,\(low)\n"),
        Export(
            name: "LimeSurvey, German full text", profile: .limeSurvey, headerRows: 1,
            text: "\"Antwort ID\",\"Datum Abgeschickt\",\"Letzte Seite\",\"Start-Sprache\",\"Startdatum\","
                + "\"Datum letzte Aktivität\"," + questions.map { "\"\($0)\"" }.joined(separator: ",") + "\n"
                + "\"1\",\"2026-11-03 14:05:09\",\"2\",\"de\",\"2026-11-03 14:00:00\",\"2026-11-03 14:05:09\",\(low)\n"
                + "\"2\",\"2026-11-04 09:00:00\",\"2\",\"de\",\"2026-11-04 08:50:00\",\"2026-11-04 09:00:00\",\(low)\n"),
        Export(
            name: "LimeSurvey, French full text", profile: .limeSurvey, headerRows: 1,
            text: "\"ID de la réponse\";\"Date de soumission\";\"Dernière page\";\"Langue de départ\";"
                + questions.map { "\"\($0)\"" }.joined(separator: ";") + "\n"
                + "\"1\";\"2026-11-03 14:05:09\";\"2\";\"fr\";4;8;8;8\n"
                + "\"2\";\"2026-11-04 09:00:00\";\"2\";\"fr\";4;8;8;8\n"),
        Export(
            name: "LimeSurvey, codes with a participant token", profile: .limeSurvey, headerRows: 1,
            text: "\"id\",\"token\",\"submitdate\",\"lastpage\",\"startlanguage\",\"seed\","
                + questions.map { "\"\($0)\"" }.joined(separator: ",") + "\n"
                + "\"1\",\"tok1\",\"2026-11-03 14:05:09\",\"2\",\"en\",\"123\",\(low)\n"
                + "\"2\",\"tok2\",\"2026-11-04 09:00:00\",\"2\",\"en\",\"456\",\(low)\n"),
        Export(
            name: "Qualtrics, French labels, ImportId in single quotes", profile: .qualtrics, headerRows: 3,
            text: "StartDate,EndDate,Finished,RecordedDate,ResponseID,Q1,Q2,Q3,Q4\n"
                + "Date de début,Date de fin,Terminé,Date d'enregistrement,ID de réponse,"
                + questions.joined(separator: ",") + "\n"
                + "{'ImportId': 'startDate'},{'ImportId': 'endDate'},{'ImportId': 'finished'},"
                + "{'ImportId': 'recordedDate'},{'ImportId': 'responseId'},{'ImportId': 'QID1'},"
                + "{'ImportId': 'QID2'},{'ImportId': 'QID3'},{'ImportId': 'QID4'}\n"
                + "2026-11-03 14:00:00,2026-11-03 14:05:09,1,2026-11-05 10:00:00,R_1aaa,\(low)\n"
                + "2026-11-04 08:50:00,2026-11-04 09:00:00,1,2026-11-04 09:00:00,R_2bbb,\(low)\n"),
        Export(
            name: "Qualtrics, German labels, two header rows without ImportId", profile: .qualtrics, headerRows: 2,
            text: "StartDate,EndDate,Status,ResponseId,Q1,Q2,Q3,Q4\n"
                + "Anfangsdatum,Enddatum,Antworttyp,Antwort-ID," + questions.joined(separator: ",") + "\n"
                + "2026-11-03 14:00:00,2026-11-03 14:05:09,0,R_1aaa,\(low)\n"
                + "2026-11-04 08:50:00,2026-11-04 09:00:00,0,R_2bbb,\(low)\n"),
        Export(
            name: "Qualtrics legacy, V1…V10", profile: .qualtricsLegacy, headerRows: 2,
            text: "V1,V2,V3,V4,V5,V6,V7,V8,V9,V10,Q1,Q2,Q3,Q4\n"
                + "ResponseID,ResponseSet,Name,ExternalDataReference,EmailAddress,IPAddress,Status,StartDate,"
                + "EndDate,Finished," + questions.joined(separator: ",") + "\n"
                + "R_1aaa,Standard-Antwortsatz,Anonym,,,192.0.2.1,0,2026-11-03 14:00:00,2026-11-03 14:05:09,1,\(low)\n"
                + "R_2bbb,Standard-Antwortsatz,Anonym,,,192.0.2.2,0,2026-11-04 08:50:00,2026-11-04 09:00:00,1,\(low)\n"),
        Export(
            name: "SurveyMonkey, Dutch metadata columns", profile: .surveyMonkey, headerRows: 2,
            text: "ID van respondent,Verzamelaar-ID,Begindatum,Einddatum,IP-adres,"
                + "Hoe beoordeelt u de volgende onderdelen?,,,\n"
                + ",,,,,De training,De trainingsdag,De faciliteiten,De trainer\n"
                + "114000000001,431000001,11/03/2026 02:00:00 PM,11/03/2026 02:05:09 PM,192.0.2.1,\(low)\n"
                + "114000000002,431000001,11/04/2026 08:50:00 AM,11/04/2026 09:00:00 AM,192.0.2.2,\(low)\n"),
        Export(
            name: "SurveyMonkey, French metadata columns", profile: .surveyMonkey, headerRows: 2,
            text: "ID du répondant,ID du collecteur,Date de début,Date de fin,Adresse IP,"
                + "Hoe beoordeelt u de volgende onderdelen?,,,\n"
                + ",,,,,De training,De trainingsdag,De faciliteiten,De trainer\n"
                + "114000000001,431000001,11/03/2026 02:00:00 PM,11/03/2026 02:05:09 PM,192.0.2.1,\(low)\n"
                + "114000000002,431000001,11/04/2026 08:50:00 AM,11/04/2026 09:00:00 AM,192.0.2.2,\(low)\n"),
    ]

    @Test("R9: detected, header rows never responses, cases registered on the submission days", arguments: exports)
    func registrationDays(_ export: Export) throws {
        let store = try AppDatabase.inMemory()
        let summary = try #require(try store.importText(export.text, name: "export.csv").summary)
        #expect(summary.profile == export.profile.rawValue)
        #expect(summary.profileDetected)
        #expect(summary.headerRows == export.headerRows)
        #expect(summary.records == 2)
        #expect(summary.casesOpened == 2)
        #expect(!summary.registeredOnImportDay)
        #expect(summary.warningCount == 0, "\(summary.warnings)")
        let days = try store.withConnection { db in
            try Row.fetchAll(db, sql: "SELECT registered_on, contact_due FROM complaint_case ORDER BY id")
                .map { [$0["registered_on"] as String, $0["contact_due"] as String] }
        }
        // Tuesday 3 and Wednesday 4 November: contact is due two working days later (R9).
        #expect(days == [["2026-11-03", "2026-11-05"], ["2026-11-04", "2026-11-06"]])
    }

    @Test("R6: LimeSurvey's export for R names its survey in the file name: ids count within it")
    func limeSurveyForR() throws {
        let export = try #require(Self.exports.first { $0.name == "LimeSurvey, German full text" })
        let summary = try #require(
            try AppDatabase.inMemory().importText(export.text, name: "survey_381842_R_data_file.csv").summary)
        #expect(summary.form == "limesurvey 381842")
    }

    @Test("A canonical export with a column named like a Qualtrics tag is no Qualtrics export: no row is lost")
    func notQualtrics() throws {
        let text = canonicalHeader + ",Q1\n" + row("R1", scores: ["4", "8", "8", "8"]) + ",ja\n" + row("R2") + ",nee\n"
        let summary = try #require(try AppDatabase.inMemory().importText(text).summary)
        #expect(summary.profile == ExportProfile.canonical.rawValue)
        #expect(summary.headerRows == 1)
        #expect(summary.records == 2 && summary.casesOpened == 1)
    }

    @Test("Without a submission column: said once, with the columns looked for; the summary line says so")
    func noSubmissionColumn() throws {
        let store = try AppDatabase.inMemory()
        let text = "Nr," + Self.questions.joined(separator: ",") + "\n1,\(Self.low)\n2,\(Self.low)\n"
        let summary = try #require(try store.importText(text, name: "zonder-tijd.csv").summary)
        #expect(summary.registeredOnImportDay)
        let notes = summary.notes.map(\.description).filter { $0.contains("submission time") }
        #expect(
            notes == [
                "zonder-tijd.csv: no column gives the submission time (looked for: submitted_at, Submitted, "
                    + "Ingevuld op, Ingediend op, Datum ingevuld, Timestamp, Completion time, Date submitted, End Date); "
                    + "its cases are registered on the import day, 2026-11-26. Name the column in a mapping file if it "
                    + "has another name"
            ])
        #expect(summary.line.hasSuffix("; no submission time: cases registered on the import day"))
        #expect(try store.count("complaint_case", where: "registered_on = '2026-11-26'") == 2)
    }

    @Test("A submission after --as-of gets a warning on submitted_at, also in a file the fast reading takes")
    func submittedAfterAsOf() throws {
        let store = try AppDatabase.inMemory()
        let text =
            canonicalHeader + "\n" + row("R1", scores: ["4", "8", "8", "8"], submitted: "2026-11-30T10:00:00")
            + "\n" + row("R2", submitted: "2026-11-20T10:00:00") + "\n"
        let summary = try #require(try store.importText(text, today: "2026-11-26").summary)
        #expect(
            summary.warnings.map(\.message) == [
                "submitted on 2026-11-30, after the import day (--as-of 2026-11-26); its case is registered on "
                    + "2026-11-26. Check the export's dates or --as-of"
            ])
        #expect(summary.warnings.map(\.field) == ["submitted_at"])
        #expect(try store.count("complaint_case", where: "registered_on = '2026-11-26'") == 1)
    }
}
