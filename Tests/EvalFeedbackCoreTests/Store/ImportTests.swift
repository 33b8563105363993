import Foundation
import GRDB
import TestSupport
import Testing

@testable import EvalFeedbackCore

@Suite("Importing evaluations (R1-R6)")
struct ImportTests {
    let store: AppDatabase

    init() throws {
        store = try AppDatabase.inMemory()
    }

    @Test("R3: one flag per response with a low score, one case per flag listing every low dimension")
    func flags() throws {
        let text =
            [
                canonicalHeader, row("R-1", scores: ["5", "8", "4", "6"]), row("R-2"),
                row("R-3", scores: ["9", "3", "9", "9"]),
            ]
            .joined(separator: "\n") + "\n"
        let summary = try require(try store.importText(text).summary)
        #expect(
            summary.line == "export.csv: 3 records, 3 imported, 0 rejected, 2 flagged, 2 cases opened, 0 already known")
        let lows = try store.withConnection { db in
            try String.fetchAll(db, sql: "SELECT low_scores FROM complaint_case ORDER BY id")
        }
        #expect(lows == ["training 5, facilities 4, trainer 6", "day 3"])
        #expect(try store.count("complaint_case", where: "source = 'evaluation' AND state = 'registered'") == 2)
        #expect(try store.count("response", where: "is_flagged") == 2)
    }

    @Test("R13: a case's registration is the first step of its history")
    func history() throws {
        try store.importText([canonicalHeader, row("R-1", scores: ["5", "8", "8", "8"])].joined(separator: "\n"))
        let event = try store.withConnection { db in
            try Row.fetchOne(db, sql: "SELECT happened_on, kind, actor, note FROM case_event")
        }
        #expect(event?["happened_on"] == "2026-11-23")
        #expect(event?["kind"] == "registered")
        #expect(event?["actor"] == "evalfeedback import")
        #expect(event?["note"] == "low score: training 5 (export.csv line 2)")
    }

    @Test("R4: a low score still flags when another field of the row is bad")
    func lowScoreSurvivesBadFields() throws {
        let text = [
            canonicalHeader,
            row("R-1", scores: ["zes", "11", "", "3"], submitted: "gisteren"),
            row("R-2", scores: ["n.v.t.", "N/A", "-", ""]),
        ].joined(separator: "\n")
        let summary = try require(try store.importText(text).summary)
        #expect(summary.flagged == 1)
        #expect(summary.casesOpened == 1)
        #expect(summary.warningCount == 3)
        #expect(
            summary.warnings.map(\.description) == [
                "export.csv:2: submitted_at: 'gisteren' is not a date (expected e.g. 2026-11-23, 2026-11-23T14:05:09, "
                    + "23-11-2026 or 23-11-2026 14:05); left empty",
                "export.csv:2: score_training: 'zes' is not a score from 1 to 10; ignored, the response's other scores still count (R4)",
                "export.csv:2: score_day: '11' is not a score from 1 to 10; ignored, the response's other scores still count (R4)",
            ])
        let stored = try store.withConnection { db in
            try Row.fetchOne(
                db, sql: "SELECT score_training, score_trainer, warnings FROM response WHERE external_id = 'R-1'")
        }
        #expect(stored?["score_training"] as Double? == nil)
        #expect(stored?["score_trainer"] as Double? == 3)
        #expect((stored?["warnings"] as String?)?.contains("score_day: '11'") == true)
    }

    @Test("R4: decimal scores count; 6.5 does not flag")
    func decimals() throws {
        let text = [canonicalHeader, row("R-1", scores: ["\"6,5\"", "7.5", "8", "8"])].joined(separator: "\n")
        let summary = try require(try store.importText(text).summary)
        #expect(summary.flagged == 0)
        #expect(try store.count("response", where: "score_training = 6.5 AND score_day = 7.5") == 1)
    }

    @Test("R5: records whose columns are shifted are kept verbatim with line and reason, never dropped")
    func rejects() throws {
        let text = [
            canonicalHeader, row("R-1", scores: ["3", "8", "8", "8"], client: "Acme, Inc", comment: "slecht"),
            "R-2,2026-11-23T16:05:09,Projectmatig werken", row("R-3", comment: "kort \"maar, goed"),
            row("R-4", scores: ["2", "8", "8", "8"]),
        ].joined(separator: "\r\n")
        let summary = try require(try store.importText(text).summary)
        #expect(
            summary.line == "export.csv: 4 records, 1 imported, 3 rejected, 1 flagged, 1 cases opened, 0 already known")
        let rejects = try store.rejects()
        #expect(rejects.map(\.line) == [2, 3, 4])
        let shifted =
            "a delimiter in an unquoted value, or a missing one, shifts the columns, so its scores cannot be read safely"
        #expect(
            rejects.map(\.reason) == [
                "has 14 fields where the header has 13; \(shifted)",
                "has 3 fields where the header has 13; \(shifted)",
                "a quote in the wrong place, and it has 14 fields where the header has 13; \(shifted)",
            ])
        #expect(
            rejects[0].text == row("R-1", scores: ["3", "8", "8", "8"], client: "Acme, Inc", comment: "slecht") + "\r\n"
        )
        #expect(throws: ListError.unknownFile("other.csv", recent: ["export.csv"])) {
            try store.rejects(file: "other.csv")
        }
    }

    @Test("R4: a stray quote costs no record: read with the quote as text, a warning, and its low score flags")
    func strayQuote() throws {
        let text = [canonicalHeader, row("R-1", scores: ["4", "8", "8", "8"], comment: "\"kort \"maar\" goed\"")]
            .joined(separator: "\n")
        let summary = try require(try store.importText(text).summary)
        #expect(
            summary.line
                == "export.csv: 1 records, 1 imported, 0 rejected, 1 flagged, 1 cases opened, 0 already known, 1 warnings"
        )
        #expect(
            summary.warnings.map(\.description) == [
                "export.csv:2: comment: a quote in the wrong place; read with the quotes as text, check it"
            ])
        #expect(try store.count("response", where: "comment = 'kort \"maar\" goed'") == 1)
    }

    @Test("A header line repeated mid-file (two exports pasted together) is skipped, not read as a response")
    func repeatedHeader() throws {
        let text = [canonicalHeader, row("R-1"), canonicalHeader, row("R-2", scores: ["3", "8", "8", "8"])]
            .joined(separator: "\n")
        let summary = try require(try store.importText(text).summary)
        #expect(
            summary.line == "export.csv: 2 records, 2 imported, 0 rejected, 1 flagged, 1 cases opened, 0 already known")
        #expect(summary.notes.map(\.description) == ["export.csv:3: the header line is repeated here; skipped"])
    }

    @Test("A repeated header is recognised with a byte-order mark before it or a trailing delimiter after it")
    func repeatedHeaderVariants() throws {
        let text = [canonicalHeader, row("R-1"), "\u{FEFF}" + canonicalHeader, row("R-2"), canonicalHeader + ","]
            .joined(separator: "\n")
        let summary = try require(try store.importText(text).summary)
        #expect(summary.records == 2)
        #expect(summary.notes.count == 2)
    }

    @Test("R4: an unclosed quote in a column that is not read still gives a warning")
    func unclosedInUnreadColumn() throws {
        let text = [canonicalHeader + ",Bron", row("R-1", scores: ["4", "8", "8", "8"]) + ",\"website"]
            .joined(separator: "\n")
        let summary = try require(try store.importText(text).summary)
        #expect(summary.flagged == 1)
        #expect(
            summary.warnings.map(\.description) == [
                "export.csv:2: comment: a quoted field is never closed in column 14, which is not read; check the line"
            ])
    }

    @Test("R6: the same file twice changes nothing and says so")
    func sameFileTwice() throws {
        let text = [canonicalHeader, row("R-1", scores: ["5", "8", "8", "8"])].joined(separator: "\n")
        try store.importText(text, name: "nov.csv")
        let again = try store.importText(text, name: "nov-copy.csv", today: "2026-11-27")
        #expect(again.line == "nov-copy.csv: already imported on 2026-11-26 (import #1); nothing changed")
        #expect(try store.count("import") == 1)
        #expect(try store.count("complaint_case") == 1)
    }

    @Test("R6: a cumulative export opens no second case for a response it repeats")
    func cumulative() throws {
        let first = [canonicalHeader, row("R-1", scores: ["5", "8", "8", "8"]), row("R-2")]
        try store.importText(first.joined(separator: "\n"))
        let second = first + [row("R-3", scores: ["8", "8", "8", "2"])]
        let summary = try require(try store.importText(second.joined(separator: "\n")).summary)
        #expect(
            summary.line == "export.csv: 3 records, 3 imported, 0 rejected, 2 flagged, 1 cases opened, 2 already known")
        #expect(try store.count("complaint_case") == 2)
    }

    @Test("R6: without a response id, a response is recognised by its content")
    func fingerprint() throws {
        let header = canonicalHeader.replacingOccurrences(of: "response_id,", with: "")
        let line = String(row("", scores: ["4", "8", "8", "8"]).dropFirst())
        try store.importText([header, line].joined(separator: "\n"))
        let summary = try require(
            try store.importText(
                [header, line, line.replacingOccurrences(of: "Anna", with: "Bo")].joined(separator: "\n")
            ).summary)
        #expect(summary.alreadyKnown == 1)
        #expect(summary.casesOpened == 1)
        #expect(
            summary.notes.map(\.description) == [
                "export.csv: no response_id column; responses are recognised by their content (R6)"
            ])
    }

    @Test("R6: a fingerprint is made of the first release's fields, so that a field added later keeps stored keys")
    func fingerprintPinned() throws {
        let header = canonicalHeader.replacingOccurrences(of: "response_id,", with: "")
        try store.importText(
            [header, String(row("", scores: ["4", "8", "8", "8"]).dropFirst())].joined(separator: "\n"))
        let key = try store.withConnection { db in try String.fetchOne(db, sql: "SELECT response_key FROM response") }
        // The key this response has had since the first release: a new field in the
        // fingerprint (a new dimension's score column, even left empty) would change it.
        #expect(key == "fp:064f2f7756d4591f")
    }

    @Test("R6: a response id is scoped by its submission time: row numbers restart in every export")
    func idScope() throws {
        try store.importText(
            [canonicalHeader, row("1", scores: ["3", "8", "8", "8"], submitted: "2026-11-23T10:00:00")].joined(
                separator: "\n"), name: "a.csv")
        let summary = try require(
            try store.importText(
                [canonicalHeader, row("1", scores: ["2", "8", "8", "8"], submitted: "2026-11-24T10:00:00")].joined(
                    separator: "\n"), name: "b.csv"
            ).summary)
        #expect(summary.casesOpened == 1)
        #expect(summary.alreadyKnown == 0)
    }

    @Test("R6: without a submission time, an id is scoped by the response's content")
    func idWithoutTime() throws {
        let header = "nr,training,client,score_training,score_day,score_facilities,score_trainer"
        try store.importText([header, "1,Excel,Acme,8,8,8,8"].joined(separator: "\n"), name: "a.csv")
        let summary = try require(
            try store.importText(
                [header, "1,Excel,Acme,3,8,8,8", "1,Excel,Acme,8,8,8,8"].joined(separator: "\n"), name: "b.csv"
            )
            .summary)
        #expect(summary.casesOpened == 1)
        #expect(summary.alreadyKnown == 1)
    }

    @Test("R6: a cumulative export saved again by Excel, without the seconds, opens no second case")
    func secondsDropped() throws {
        try store.importText(
            [canonicalHeader, row("R-1", scores: ["3", "8", "8", "8"], submitted: "2026-11-24T16:05:33")].joined(
                separator: "\n"))
        let summary = try require(
            try store.importText(
                [canonicalHeader, row("R-1", scores: ["3", "8", "8", "8"], submitted: "24-11-2026 16:05")].joined(
                    separator: "\n")
            )
            .summary)
        #expect(summary.alreadyKnown == 1)
        #expect(summary.casesOpened == 0)
    }

    @Test("R6: identical anonymous answers in one file are different responses; repeated later, they are known")
    func identicalAnonymous() throws {
        let header = "training,client,score_training,score_day,score_facilities,score_trainer,comment"
        let line = "Excel basis,Zorggroep Het Baken,5,5,5,5,"
        let first = try require(try store.importText([header, line, line, line].joined(separator: "\n")).summary)
        #expect(first.casesOpened == 3)
        let again = [header, line, line, line, "Excel basis,Zorggroep Het Baken,4,8,8,8,"].joined(separator: "\n")
        let second = try require(try store.importText(again).summary)
        #expect(second.alreadyKnown == 3)
        #expect(second.casesOpened == 1)
    }

    @Test("One file is one transaction: a failure part-way leaves nothing of the file")
    func atomic() throws {
        try store.withConnection { db in
            try db.execute(
                sql: """
                    CREATE TRIGGER fail BEFORE INSERT ON response WHEN NEW.external_id = 'R-3'
                    BEGIN SELECT RAISE(ABORT, 'simulated disk failure'); END
                    """)
        }
        let text = [canonicalHeader, row("R-1", scores: ["5", "8", "8", "8"]), row("R-2"), row("R-3")]
        #expect(throws: DatabaseError.self) { try store.importText(text.joined(separator: "\n")) }
        for table in ["import", "response", "complaint_case", "case_event", "reject"] {
            #expect(try store.count(table) == 0, "\(table) should be empty")
        }
    }

    @Test("R9, R10: a case is registered on the day of submission, with deadlines from there")
    func deadlines() throws {
        let text = [
            canonicalHeader,
            row("R-1", scores: ["5", "8", "8", "8"], submitted: "20-11-2026 21:30"),  // Friday evening
            row("R-2", scores: ["5", "8", "8", "8"], submitted: ""),  // no submission time: today
            row("R-3", scores: ["5", "8", "8", "8"], submitted: "2026-12-01T09:00:00"),  // after today: today
        ].joined(separator: "\n")
        try store.importText(text, today: "2026-11-26")
        let rows = try store.withConnection { db in
            try Row.fetchAll(
                db, sql: "SELECT registered_on, contact_due, resolution_due FROM complaint_case ORDER BY id")
        }
        #expect(rows.map { $0["registered_on"] as String } == ["2026-11-20", "2026-11-26", "2026-11-26"])
        #expect(rows.map { $0["contact_due"] as String } == ["2026-11-24", "2026-11-30", "2026-11-30"])
        #expect(rows.map { $0["resolution_due"] as String } == ["2026-12-18", "2026-12-24", "2026-12-24"])
    }

    @Test("A file whose header lacks score columns is not imported, and nothing is written")
    func missingColumns() throws {
        #expect(throws: ImportError.self) { try store.importText("naam,cursus\nAnna,Excel\n") }
        #expect(try store.count("import") == 0)
    }

    @Test("An empty file is not imported; a missing file says it cannot be read")
    func emptyAndMissing() throws {
        #expect(throws: ImportError.empty(file: "export.csv")) { try store.importText("") }
        #expect(throws: ImportError.empty(file: "export.csv")) { try store.importText("\n\n,,\n") }
        let missing = URL(fileURLWithPath: "/nonexistent/nov.csv")
        #expect(throws: ImportError.self) {
            try store.importEvaluations(
                from: missing, name: "nov.csv", settings: ImportSettings(today: try require(LocalDate("2026-11-26"))))
        }
    }

    @Test("Dutch Excel: semicolons, Windows-1252, CRLF, Dutch names and dates, decimal commas")
    func dutchExcel() throws {
        let text =
            "Cursus;Ingevuld op;Klant;Naam;Training;Dag;Faciliteiten;Trainer;Opmerking\r\n"
            + "Timemanagement;24-11-2026 16:01;Gemeente Zuidwolde;Zo\u{EB} M\u{FC}ller;7,5;5,5;8;8;caf\u{E9} dicht\r\n"
        let bytes = text.unicodeScalars.map { UInt8($0.value) }
        let file = try TemporaryFile(name: "excel.csv", bytes: bytes)
        let outcome = try store.importEvaluations(
            from: file.url, name: "excel.csv", settings: ImportSettings(today: try require(LocalDate("2026-11-26"))))
        let summary = try require(outcome.summary)
        #expect(summary.encoding == "Windows-1252")
        #expect(summary.delimiter == ";")
        #expect(summary.flagged == 1)
        let stored = try store.withConnection { db in
            try Row.fetchOne(db, sql: "SELECT respondent_name, comment, submitted_at, score_training FROM response")
        }
        #expect(stored?["respondent_name"] == "Zoë Müller")
        #expect(stored?["comment"] == "café dicht")
        #expect(stored?["submitted_at"] == "2026-11-24 16:01:00")
        #expect(stored?["score_training"] == 7.5)
    }
}
