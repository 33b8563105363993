import EvalFeedbackCore
import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import TestSupport
import Testing

@testable import EvalFeedbackWeb

/// The import page speaks the reader's language too (issue 23): the remarks on a file, the
/// field warnings and the rejects are worded from the import's values, in Dutch for a Dutch
/// lead and in English for an English one; names from the file are shown as they are.
@Suite("The import page's language")
struct ImportPageLanguageTests {
    /// Exports that together make every kind of remark, warning and reject an upload can show.
    static let uploads = [
        "surveytools/qualtrics/nl-evaluatie.csv", "surveytools/microsoft-forms/en-course-feedback.csv",
        "remarks/zonder-kolommen.csv", "remarks/komma-aan-het-eind.csv", "remarks/meerdere-kolommen.csv",
    ]

    /// The CLI's English for the import's remarks, warnings and rejects.
    static let englishWords = [
        "read as a", "columns not used", "several columns", "no column gives", "no response_id column",
        "no client column", "ends in a delimiter", "dates like", "header line is repeated", "counts response ids",
        "is not a score", "is not a date", "not valid UTF-8", "NUL bytes", "quote in the wrong place",
        "never closed", "fields where the header has", "after the import day", "another column for it", "warning",
        "records", "rejected", "imported",
    ]

    /// The page's Dutch for the same.
    static let dutchWords = [
        "gelezen als", "kolommen niet gebruikt", "meerdere kolommen", "inzendtijd", "geen kolom", "scheidingsteken",
        "datums als", "kopregel", "nummert", "is geen score", "is geen datum", "geldige UTF-8", "NUL-bytes",
        "aanhalingsteken", "velden", "ingezonden op", "een andere kolom", "waarschuwing", "regels", "afgekeurd",
        "geïmporteerd",
    ]

    /// What only the command line has: its options and commands.
    static let cliPhrases = ["--client", "--as-of", "--form", "evalfeedback ", "'rejects", "--file"]

    /// Each kind of remark, warning and reject in the Dutch reader's words, at least once.
    static let dutchKinds = [
        "nl-evaluatie.csv: gelezen als export van Qualtrics (herkend)",
        "nl-evaluatie.csv: kolommen niet gebruikt: Response Type, IP Address, Progress",
        "waarschuwing: nl-evaluatie.csv:20: score_training: ‘0’ is geen score van 1 tot 10; genegeerd, de andere "
            + "scores van het antwoord tellen mee (R4)",
        "en-course-feedback.csv: Microsoft Forms nummert de antwoorden per formulier, en de bestandsnaam noemt het "
            + "formulier niet",
        "zonder-kolommen.csv: geen kolom geeft de inzendtijd (gezocht naar: submitted_at, Submitted",
        "de zaken worden geregistreerd op de dag van de import, 2026-11-26. Heet de kolom anders, laat de beheerder "
            + "hem dan benoemen in een mapping-bestand",
        "zonder-kolommen.csv: geen kolom response_id; antwoorden worden herkend aan hun inhoud (R6)",
        "zonder-kolommen.csv: geen kolom client; de zaken hebben geen accountmanager (R15): de teamleider wijst ze toe",
        "zonder-kolommen.csv:3: training_date: ‘32-13-2026’ is geen datum (verwacht bijvoorbeeld 2026-11-23",
        "zonder-kolommen.csv:4: comment: is geen geldige UTF-8; gelezen als Windows-1252, controleer de tekst",
        "zonder-kolommen.csv:5: comment: bevat NUL-bytes, die zijn verwijderd",
        "zonder-kolommen.csv:6: comment: een aanhalingsteken op de verkeerde plaats; gelezen met de aanhalingstekens "
            + "als tekst, controleer het",
        "zonder-kolommen.csv:9: comment: een veld tussen aanhalingstekens wordt nooit gesloten in kolom 9, die niet "
            + "gelezen wordt; controleer de regel",
        "<td>7</td><td>heeft 10 velden waar de kopregel er 9 heeft; een scheidingsteken in een waarde zonder "
            + "aanhalingstekens, of een ontbrekend scheidingsteken, verschuift de kolommen",
        "<td>8</td><td>een aanhalingsteken op de verkeerde plaats, en de regel heeft 7 velden waar de kopregel er 9 "
            + "heeft",
        "komma-aan-het-eind.csv: elke regel eindigt op een scheidingsteken dat de kopregel niet heeft",
        "komma-aan-het-eind.csv: datums als 03/04/2026 worden gelezen als dag eerst, zoals het standaardformaat (één "
            + "kopregel) ze schrijft",
        "komma-aan-het-eind.csv:4: de kopregel staat hier nog een keer; overgeslagen",
        "komma-aan-het-eind.csv:3: submitted_at: ingezonden op 2026-12-20, na de dag van de import (2026-11-26); de "
            + "zaak is geregistreerd op 2026-11-26",
        "meerdere-kolommen.csv: gelezen als export van SurveyMonkey (herkend)",
        "meerdere-kolommen.csv: meerdere kolommen voor score_facilities, score_trainer; ze worden alle gelezen",
        "meerdere-kolommen.csv:3: score_trainer: een andere kolom ervoor bevat ‘zes’, geen score; genegeerd (R4)",
    ]

    /// The same kinds in the English reader's words: the CLI's, with the page's advice.
    static let englishKinds = [
        "nl-evaluatie.csv: read as a Qualtrics export (detected)",
        "nl-evaluatie.csv: columns not used: Response Type, IP Address, Progress",
        "warning: nl-evaluatie.csv:20: score_training: '0' is not a score from 1 to 10",
        "en-course-feedback.csv: Microsoft Forms counts response ids per form",
        "Ask the administrator to give the form ('form' in a mapping file)",
        "its cases are registered on the import day, 2026-11-26. If the column has another name, ask the "
            + "administrator to name it in a mapping file",
        "zonder-kolommen.csv: no client column; its cases have no account manager (R15): the lead assigns them",
        "zonder-kolommen.csv:3: training_date: '32-13-2026' is not a date",
        "<td>7</td><td>has 10 fields where the header has 9",
        "<td>8</td><td>a quote in the wrong place, and it has 7 fields where the header has 9",
        "komma-aan-het-eind.csv:3: submitted_at: submitted on 2026-12-20, after the import day (2026-11-26); its case "
            + "is registered on 2026-11-26. Check the export's dates",
        "meerdere-kolommen.csv:3: score_trainer: another column for it holds 'zes', not a score; ignored (R4)",
    ]

    @Test(
        "Uploads with every kind of remark, warning and reject: all Dutch for a Dutch lead, all English for an English one",
        arguments: ["nl", "en"])
    func everyKind(language: String) async throws {
        let fixture = try ServerFixture()
        try fixture.store.setLanguage(login: "lea", to: language)
        try await fixture.application().test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.login("lea") == 303)
            var pages: [String] = []
            for path in Self.uploads {
                let url = Repository.fixtures.appendingPathComponent(path)
                try await browser.get("/imports")
                let answer = try await browser.upload(
                    "/imports", file: url.lastPathComponent, bytes: Array(try Data(contentsOf: url)))
                #expect(answer.status == 200, "\(path)")
                pages.append(Self.readable(answer.body))
            }
            let all = pages.joined(separator: "\n")
            let (kinds, foreign) =
                language == "nl" ? (Self.dutchKinds, Self.englishWords) : (Self.englishKinds, Self.dutchWords)
            for kind in kinds { #expect(all.contains(kind), "\(language): no \(kind)") }
            for (path, page) in zip(Self.uploads, pages) {
                let text = Self.text(page)
                for word in foreign + Self.cliPhrases { #expect(!text.contains(word), "\(language) \(path): \(word)") }
            }
        }
    }

    @Test("A reject an older register stored with its English words only is still shown, with those words")
    func olderReject() async throws {
        let fixture = try ServerFixture()
        let url = Repository.fixtures.appendingPathComponent("remarks/zonder-kolommen.csv")
        // Imported by the CLI or the nightly job, then made as an older register has it: no values.
        _ = try fixture.store.importEvaluations(
            from: url, name: "zonder-kolommen.csv", settings: Settings().importSettings(today: ServerFixture.today))
        let old = "line shifted (stored by version 1)"
        try fixture.store.withConnection { db in
            try db.execute(sql: "UPDATE reject SET problem = NULL, reason = ? WHERE line = 7", arguments: [old])
        }
        try await fixture.application().test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.login("lea") == 303)
            let page = try await browser.get("/imports")
            #expect(page.status == 200)
            #expect(page.body.contains("Afgekeurde regels van de laatste imports"))
            #expect(page.body.contains("<h3>zonder-kolommen.csv (import #"))
            #expect(page.body.contains("<td>7</td><td>\(old)</td>"))
            // The other reject, stored with its values, in the reader's words.
            #expect(page.body.contains("<td>8</td><td>een aanhalingsteken op de verkeerde plaats, en de regel heeft"))
        }
    }

    @Test("The page lists no more than fifty rejects of an import, and says how many more there are")
    func manyRejects() async throws {
        let fixture = try ServerFixture()
        let header = "training,score_training,score_day,score_facilities,score_trainer\n"
        let shifted = (1...60).map { "Excel,\($0),8,8,8,8\n" }.joined()
        let file = try TemporaryFile(text: header + shifted)
        _ = try fixture.store.importEvaluations(
            from: file.url, name: "verschoven.csv", settings: Settings().importSettings(today: ServerFixture.today))
        try fixture.store.setLanguage(login: "lea", to: "en")
        try await fixture.application().test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.login("lea") == 303)
            let page = try await browser.get("/imports")
            #expect(page.body.contains("verschoven.csv (import #"))
            #expect(page.body.contains("on 2026-11-26): 60 rejected"))
            #expect(page.body.components(separatedBy: "has 6 fields where the header has 5").count == 51)
            #expect(page.body.contains("10 more rejected records"))
        }
    }

    @Test("After an upload, the page shows that import's rejects, not those of an earlier file of the same name")
    func onlyThisImport() async throws {
        let fixture = try ServerFixture()
        let header = "training,score_training,score_day,score_facilities,score_trainer\n"
        try await fixture.application().test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.login("lea") == 303)
            try await browser.get("/imports")
            let first = try await browser.upload(
                "/imports", file: "week.csv", bytes: Array((header + "Excel,5,8,8,8,8\n").utf8))
            #expect(first.body.contains("<td>2</td>"))
            try await browser.get("/imports")
            let second = try await browser.upload(
                "/imports", file: "week.csv", bytes: Array((header + "Excel,5,8,8,8\nWord,5,8,8,8,8\n").utf8))
            #expect(second.body.contains("<td>3</td>"))
            #expect(!second.body.contains("<td>2</td>"))
        }
    }

    @Test("Bad uploads get a 4xx and a message in the reader's language, a broken workbook's too, and import nothing")
    func badUploads() async throws {
        let fixture = try ServerFixture()
        let compound = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
        let brokenZip = Array("PK\u{3}\u{4}".utf8) + [UInt8](repeating: 7, count: 100)
        try await fixture.application().test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.login("lea") == 303)
            try await browser.get("/imports")
            let empty = try await browser.upload("/imports", file: "leeg.csv", bytes: [])
            #expect(empty.status == 400)
            #expect(empty.body.contains("Kies een export om te uploaden. Er is niets geïmporteerd."))
            try await browser.get("/imports")
            let old = try await browser.upload("/imports", file: "oud.xls", bytes: compound)
            #expect(old.status == 422)
            #expect(
                old.body.contains(
                    "oud.xls: kan niet als Excel-werkmap worden gelezen: het is een versleutelde (met een wachtwoord "
                        + "beveiligde) werkmap of een oude .xls-werkmap"))
            try await browser.get("/imports")
            let broken = try await browser.upload("/imports", file: "kapot.xlsx", bytes: brokenZip)
            #expect(broken.status == 422)
            #expect(broken.body.contains("kapot.xlsx: kan niet als Excel-werkmap worden gelezen: "))
            for page in [old.body, broken.body] {
                #expect(page.contains("Er is niets geïmporteerd."))
                for word in ["cannot be read", "encrypted", "workbook", "damaged", "Nothing"] {
                    #expect(!Self.text(page).contains(word), "\(word)")
                }
            }
            #expect(try fixture.store.rejects().isEmpty)
        }
    }

    @Test("A file that is not the survey tool's the config names is refused in the reader's words")
    func wrongTool() async throws {
        let fixture = try ServerFixture()
        let settings = ServerFixture.settings { $0.mapping.profile = .surveyMonkey }
        let text =
            "Tijdstempel,Hoe beoordeelt u de training?,Hoe beoordeelt u de dag?,Hoe beoordeelt u de faciliteiten?,"
            + "Hoe beoordeelt u de trainer?\n23-11-2026 10:00:00,4,8,8,8\n"
        try await fixture.application(settings: settings).test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.login("lea") == 303)
            try await browser.get("/imports")
            let answer = try await browser.upload("/imports", file: "avond.csv", bytes: Array(text.utf8))
            #expect(answer.status == 422)
            #expect(
                answer.body.contains(
                    "avond.csv: niet te lezen als export van SurveyMonkey: de tweede rij is niet de rij met deelvragen "
                        + "van SurveyMonkey (de eerste cel is ingevuld)."))
            #expect(!answer.body.contains("second row"))
        }
    }

    @Test("A file without the scores of the tool it was read as names the tool in the reader's words")
    func missingScoresOfTool() {
        let refused = ImportError.missingColumns(
            file: "oud.csv", line: 2, missing: ["score_day"], expected: [], found: ["V1", "V2"],
            profile: .qualtricsLegacy)
        #expect(
            Wording(language: "nl").problem(.notImported(refused)).contains(
                "Gelezen als export van Qualtrics (oude export) noemden de vragen deze scores niet."))
        #expect(
            Wording(language: "en").problem(.notImported(refused)).contains(
                "Read as a Qualtrics (legacy export) export, its questions did not name these scores."))
    }

    @Test("Every remark, warning and reject the library makes has Dutch words of its own, naming no CLI option")
    func wordingOfEveryValue() {
        let dutch = Wording(language: "nl")
        let english = Wording(language: "en")
        let day = ServerFixture.today
        let remarks: [ImportNote.Kind] = [
            .readAs(profile: .qualtricsLegacy, detected: false), .columnsNotUsed((1...22).map { "K\($0)" }),
            .severalColumns([.scoreTrainer]), .noSubmissionTime(lookedFor: ["Datum"], importDay: day), .noResponseID,
            .noClient, .trailingDelimiter, .ambiguousDates(monthFirst: true, profile: .surveyMonkey),
            .headerRepeated(line: 4), .idsPerForm(profile: .limeSurvey),
            .noColumnFor(missing: EvaluationField.required),
            .noColumnFor(missing: [.scoreDay]),
        ]
        let issues: [FieldIssue] = [
            .nulBytesRemoved, .notUTF8, .otherColumnNotAScore(text: "zes"), .notADate(text: "gisteren"),
            .notAScore(text: "tien"), .submittedAfterImportDay(submitted: day, importDay: day),
            .cutOff(limitMiB: 16, keptKiB: 64), .strayQuotes(.unclosedQuote),
            .strayQuotesInUnreadColumn(.misplacedQuote, column: 3),
        ]
        let reasons: [RejectReason] = [
            .unreadable(.misplacedQuote), .unreadable(.unclosedQuote),
            .unreadable(.overlongLine(limitMiB: 16, keptKiB: 64)), .fieldCount(found: 3, expected: 5, quotes: nil),
            .fieldCount(found: 7, expected: 5, quotes: .unclosedQuote),
        ]
        let workbooks: [WorkbookProblem] = [
            .compoundDocument, .openDocument, .notAnArchive(reason: "x"), .missingPart("p"),
            .tooLarge(part: "p", limit: 1 << 30), .damaged(part: "p", damage: .localHeaderMissing),
            .damaged(part: "p", damage: .runsPastEnd), .damaged(part: "p", damage: .endsElsewhere),
            .damaged(part: "p", damage: .fileEndsInside), .damaged(part: "p", damage: .checksumMismatch),
            .damaged(part: "p", damage: .directoryUnreadable), .badXML(part: "p", fault: .unfinished),
            .badXML(part: "p", fault: .parserError(code: 4, line: 2)), .beyondSheet(part: "p", reference: "XFE1"),
        ]
        let mismatches: [HeaderMismatch] = [.noQualtricsIDs, .noV1, .noSubQuestionRow]
        let nl =
            remarks.map { dutch.remark($0) } + issues.map { dutch.issue($0) } + reasons.map { dutch.rejection($0) }
            + workbooks.map { dutch.workbookProblem($0) } + mismatches.map { dutch.headerMismatch($0) }
        let en =
            remarks.map { english.remark($0) } + issues.map { english.issue($0) }
            + reasons.map { english.rejection($0) } + workbooks.map { english.workbookProblem($0) }
            + mismatches.map { english.headerMismatch($0) }
        for (nl, en) in zip(nl, en) {
            #expect(nl != en)
            for word in Self.englishWords + ["line", "column", "field", "quote", "workbook", "damaged", "sheet"] {
                #expect(!nl.contains(word), "\(nl): \(word)")
            }
            for phrase in Self.cliPhrases { #expect(!en.contains(phrase), "\(en): \(phrase)") }
        }
        #expect(dutch.remark(.columnsNotUsed((1...22).map { "K\($0)" })).hasSuffix("K20 en nog 2"))
        #expect(dutch.rejection(.unreadable(.overlongLine(limitMiB: 16, keptKiB: 64))).contains("langer dan 16 MiB"))
        #expect(
            dutch.issue(.cutOff(limitMiB: 16, keptKiB: 64))
                == "de regel is langer dan 16 MiB; dit veld is afgekapt na 64 KiB")
    }

    /// The page's text as a reader sees it, markup kept: entities read as their characters.
    static func readable(_ body: String) -> String {
        body.replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The page's text without its markup.
    static func text(_ body: String) -> String { body.replacing(/<[^>]*>/, with: " ") }
}
