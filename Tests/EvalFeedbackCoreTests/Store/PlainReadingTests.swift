import Foundation
import GRDB
import TestSupport
import Testing

@testable import EvalFeedbackCore

/// The import reads plain records straight from their bytes (`PlainLayout`) and every other
/// record by the general reading. What is stored must never depend on which reading a record
/// took: the same file imported both ways gives the same register, row for row.
@Suite("Plain reading: the fast path stores exactly what the general reading stores")
struct PlainReadingTests {
    /// Rows meant to sit on either side of every line the plain reading draws.
    static let rows: [String] = [
        row("P-1"),
        row("P-2", scores: ["5", "8", "10", ""]),
        row("P-3", scores: ["n.v.t.", "6", "7", "8"]),
        row("P-3b", scores: ["N.V.T.", "n.v.t", "n.v.t. ", "n.v.t."]),
        row("P-4", scores: [" 8", "4 ", "8", "8"]),
        row("P-5", scores: ["7,5", "8", "11", "x"]),
        row("P-6", submitted: "2026-11-23 16:05"),
        row("P-7", submitted: "2026-11-23"),
        row("P-8", submitted: "23-11-2026 16:05"),
        row("P-9", submitted: "2026-02-30T10:00:00"),
        row("P-10", submitted: "2027-01-05T10:00:00", comment: "na vandaag"),
        row("P-11", submitted: ""),
        row(" P-12"),
        row("P-13", client: "Café Zuid"),
        row("P-14", client: "Zorggroep\u{00A0}"),
        row("P-15", client: "\u{2003}Gemeente", comment: "\"Goed, maar \"\"te\"\" snel\""),
        row("P-16", comment: "\"regel 1\r\nregel 2\""),
        row("P-17", comment: "emoji 👍 en é"),
        "P-18,2026-11-23T16:05:09,Excel,2026-11-23,Eva Bos,Zorggroep Het Baken,Anoniem,,4,8,8,8,",
        "P-19,2026-11-23T16:05:09,Excel,2026-11-23,Eva Bos,Zorggroep Het Baken,anonymous,x@example.org,8,8,8,8,",
        "P-20,2026-11-23T16:05:09,Excel,23-11-2026,Eva Bos,,Bas,,3,8,8,8,",
        "P-21,2026-11-23T16:05:09,Excel,2026-11-31,Eva Bos,Klant,Bas,,8,8,8,8,",
        ",2026-11-23T16:05:09,Excel,2026-11-23,Eva Bos,Klant,Bas,,2,8,8,8,zonder id",
        ",2026-11-23T16:05:09,Excel,2026-11-23,Eva Bos,Klant,Bas,,2,8,8,8,zonder id",
        canonicalHeader,
        "P-22,2026-11-23T16:05:09,Excel,2026-11-23,Eva Bos,Klant,Bas,,2,8,8",
        "P-23,2026-11-23T16:05:09,Ex\"cel,2026-11-23,Eva Bos,Klant,Bas,,2,8,8,8,",
        row("P-1", scores: ["3", "8", "8", "8"]),
        row("P-24", comment: "a\u{0}b"),
        row("P-25", scores: ["0", "8", "8", "8"]),
        row("P-26", scores: ["8", "x", "8", "8"]),
        row("P-27", comment: "Goed \u{301}"),
        row("P-28 \u{301}"),
        row(String(repeating: "B", count: 600), submitted: "2026-11-20T10:00:00"),
        row(String(repeating: "C", count: 1234), submitted: "2026-11-20T10:01:00"),
        row("P-29", client: "Zuid\u{200D}"),
    ]

    /// The first records of a file are read before its style is settled, always by the general
    /// reading: these come first, so that every row above is offered to the plain one.
    static let settling = (1...ImportSession.recordsToDecideOn).map { row("S-\($0)") }

    @Test("Every kind of record, with and without a form, stores the same rows both ways")
    func sameRegister() throws {
        let text = ([canonicalHeader] + Self.settling + Self.rows).joined(separator: "\r\n") + "\r\n"
        for form in [nil, "form-1"] as [String?] {
            let plain = try registerAfterImport(text, plainReading: true, form: form)
            let general = try registerAfterImport(text, plainReading: false, form: form)
            #expect(plain.summary == general.summary)
            for (table, rows) in plain.tables {
                #expect(rows == general.tables[table], "table \(table), form \(form ?? "none")")
            }
        }
    }

    /// Issue 24: a file that gives the respondent's language is never read plainly (a plain row
    /// stores no language), so that the language is stored whichever reading is on.
    @Test("A file with a language column stores each response's language, both ways")
    func language() throws {
        let languages = ["nl", "EN-GB", "", "de", "onbekend"]
        let rows = (Self.settling + Self.rows.prefix(12)).enumerated().map { number, text in
            text + "," + languages[number % languages.count]
        }
        let text = ([canonicalHeader + ",language"] + rows).joined(separator: "\r\n") + "\r\n"
        let plain = try registerAfterImport(text, plainReading: true, form: nil)
        let general = try registerAfterImport(text, plainReading: false, form: nil)
        #expect(plain.summary == general.summary)
        for (table, rows) in plain.tables {
            #expect(rows == general.tables[table], "table \(table)")
        }
        let stored = try #require(plain.tables["response"]).filter { $0.contains("language:\"en\"") }
        #expect(stored.count == (rows.count + 3) / 5, "every second language of five, EN-GB, stored as en")
    }

    /// R2, R3: one low score, in any one of the four dimensions, flags the response and opens
    /// its case, on either reading. Pinned by value, not only as "both ways agree": a reading
    /// that stopped looking at one dimension would agree with nothing here.
    @Test(
        "R3: a single low score in each dimension flags and opens a case, on both readings", arguments: [true, false])
    func eachDimensionFlags(plainReading: Bool) throws {
        let lows = Dimension.allCases.enumerated().map { place, dimension in
            row("D-\(dimension)", scores: (0..<4).map { $0 == place ? "6" : "7" })
        }
        let text =
            ([canonicalHeader] + Self.settling + lows + [row("D-none", scores: ["7", "7", "7", "6,5"])])
            .joined(separator: "\r\n") + "\r\n"
        let store = try AppDatabase.inMemory()
        var settings = ImportSettings(today: try #require(LocalDate("2026-11-26")))
        settings.plainReading = plainReading
        let file = try TemporaryFile(text: text)
        _ = try store.importEvaluations(from: file.url, name: "dimensions.csv", settings: settings)
        let flagged = try store.withConnection { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT external_id FROM response r JOIN complaint_case c ON c.response_id = r.id
                    WHERE r.is_flagged ORDER BY r.id
                    """)
        }
        #expect(flagged == Dimension.allCases.map { "D-\($0)" }, "6.5 is not low (R2); 6 in any dimension is")
    }

    /// The report counts a response on its submission day, else its training's day, never
    /// after the import's (`ReportDay`). Pinned by value on each reading: both readings ask the
    /// same function, so comparing them alone would miss a rule broken in it.
    @Test(
        "A response counts for its submission day, else its training's, never after the import day",
        arguments: [true, false])
    func reportDay(plainReading: Bool) throws {
        func dated(_ id: String, submitted: String, training: String) -> String {
            "\(id),\(submitted),Excel,\(training),Eva Bos,Klant,Bas,,8,8,8,8,"
        }
        let rows = [
            dated("R-1", submitted: "", training: "2026-11-23"),
            dated("R-2", submitted: "", training: "2026-12-01"),
            dated("R-3", submitted: "2026-11-20T10:00:00", training: "2026-11-23"),
            dated("R-4", submitted: "2026-11-26T09:00:00", training: "2026-11-23"),
            dated("R-5", submitted: "2026-12-24T10:00:00", training: "2026-11-23"),
        ]
        let text = ([canonicalHeader] + Self.settling + rows).joined(separator: "\r\n") + "\r\n"
        let store = try AppDatabase.inMemory()
        var settings = ImportSettings(today: try #require(LocalDate("2026-11-26")), form: "form-1")
        settings.plainReading = plainReading
        let file = try TemporaryFile(text: text)
        _ = try store.importEvaluations(from: file.url, name: "days.csv", settings: settings)
        let days = try store.withConnection { db in
            try String.fetchAll(db, sql: "SELECT response_date FROM response WHERE external_id LIKE 'R-%' ORDER BY id")
        }
        #expect(days == ["2026-11-23", "2026-11-26", "2026-11-20", "2026-11-26", "2026-11-26"])
    }

    @Test("A file settled as Windows-1252 and one with a trailing delimiter store the same both ways")
    func encodingsAndTrailingDelimiters() throws {
        var latin = Array((canonicalHeader + "\r\n").utf8)
        latin +=
            Array("W-1,2026-11-23T16:05:09,Excel,2026-11-23,Eva Bos,Caf".utf8) + [0xE9]
            + Array(",Bas,,4,8,8,8,\r\n".utf8)
        latin += Array((Self.settling + [row("W-2"), row("W-3", client: "Zuid")]).joined(separator: "\r\n").utf8)
        latin +=
            Array("\r\nW-4,2026-11-23T16:05:09,Excel,2026-11-23,Eva Bos,Caf".utf8) + [0xE9]
            + Array(",Bas,,4,8,8,8,\r\n".utf8)
        let trailing =
            ([canonicalHeader + ","] + (1...25).map { row("T-\($0)", scores: ["\($0 % 10 + 1)", "8", "8", "8"]) + "," })
            .joined(separator: "\n")
        for bytes in [latin, Array(trailing.utf8)] {
            let plain = try registerAfterImport(bytes, plainReading: true, form: nil)
            let general = try registerAfterImport(bytes, plainReading: false, form: nil)
            #expect(plain.summary == general.summary)
            #expect(plain.tables == general.tables)
        }
    }

    /// Plain responses are stored in groups, one statement each (`ResponseGroup`): a group may hold a
    /// response the register knows, one it knows with new scores, or the same response twice,
    /// and a record of another kind ends a group early. Each must come out as it would alone.
    @Test("Responses stored in groups: known, edited and repeated ones among new ones, the same both ways")
    func groups() throws {
        func export(_ count: Int, edited: Set<Int> = [], reverted: Set<Int> = [], noise: Bool = true) -> String {
            var lines = [canonicalHeader] + Self.settling
            for number in 1...count {
                func response(low: Bool) -> String {
                    row(
                        "G-\(number)", scores: [low ? "4" : "8", number % 11 == 0 ? "n.v.t." : "8", "8", "9"],
                        submitted: "2026-11-2\(number % 3)T10:\(10 + number % 40):00")
                }
                lines.append(response(low: number % 7 == 0 || edited.contains(number)))
                // Edited, then as it was: the second must be compared with the first's scores.
                if reverted.contains(number) { lines.append(response(low: false)) }
                guard noise else { continue }
                if number % 45 == 0 { lines.append(lines[lines.count - 1]) }  // the same response twice
                if number % 60 == 0 { lines.append(row("G-\(number)b", scores: ["N.V.T.", "8", "3", "8"])) }
                if number % 95 == 0 { lines.append("G-broken,2026-11-23,Excel") }
            }
            return lines.joined(separator: "\r\n") + "\r\n"
        }
        // The first export, then a cumulative one that repeats it with some scores now low;
        // and, plainly, one that only adds responses: ids `G-151`... sort between the known
        // `G-150` and `G-16`, which the walk of the key index (`KnownCursor`) must not mistake.
        let pairs = [
            [export(150), export(300, edited: [3, 40, 41, 42, 100, 149], reverted: [100, 149])],
            [export(150, noise: false), export(300, noise: false)],
        ]
        for exports in pairs {
            for form in [nil, "form-1"] as [String?] {
                let files = exports.map { Array($0.utf8) }
                let plain = try registerAfterImports(files, plainReading: true, form: form)
                let general = try registerAfterImports(files, plainReading: false, form: form)
                #expect(plain.summary == general.summary)
                for (table, rows) in plain.tables {
                    #expect(rows == general.tables[table], "table \(table), form \(form ?? "none")")
                }
                #expect(plain.tables["complaint_case"]?.count ?? 0 > 40)
            }
        }
    }

    /// A big import into a small register drops the indexes of responses and builds them once
    /// its rows are in (`DeferredIndexes`). A key it stored twice (the same response twice in a
    /// file, a response the register holds) fails the key index, and the import is made again
    /// row by row. Every file here goes through that mode (no size is too small) and must leave
    /// what the import row by row leaves, indexes included.
    @Test("A bulk import (indexes built after the rows) stores what an import row by row stores")
    func bulk() throws {
        func export(_ range: ClosedRange<Int>, twice: Set<Int> = []) -> [UInt8] {
            var lines = [canonicalHeader] + Self.settling
            for number in range {
                let line = row(
                    "K-\(number)", scores: [number % 7 == 0 ? "4" : "8", "8", "8", "9"],
                    submitted: "2026-11-\(10 + number % 13)T10:\(10 + number % 40):00")
                lines.append(line)
                if twice.contains(number) { lines.append(line) }
            }
            return Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
        }
        // Into an empty register, shuffled (keys out of order), and with a response twice; then
        // a bigger export that repeats the first into the small register.
        let shuffled = (1...400).sorted { $0 * 263 % 401 < $1 * 263 % 401 }  // a fixed permutation
        let scenarios: [[[UInt8]]] = [
            [export(1...400)],
            [
                Array(([canonicalHeader] + Self.settling).joined(separator: "\r\n").utf8) + Array("\r\n".utf8)
                    + Array(
                        shuffled.map { row("K-\($0)", submitted: "2026-11-\(10 + $0 % 13)T10:00:00") }
                            .joined(separator: "\r\n").utf8)
            ],
            [export(1...400, twice: [250])],
            [export(1...20), export(1...400)],
        ]
        let every = try AppDatabase.inMemory().withConnection { db in
            try Row.fetchAll(db, sql: Self.indexes).map { "\($0)" }
        }
        #expect(every.contains { $0.contains("case_by_registration") })
        for files in scenarios {
            let bulk = try registerAfterImports(files, plainReading: true, form: nil, bulkBytes: 0)
            let rowByRow = try registerAfterImports(files, plainReading: true, form: nil)
            #expect(bulk.summary == rowByRow.summary)
            #expect(bulk.tables == rowByRow.tables)
            #expect(bulk.tables["index"] == every, "every index is there again")
        }
    }

    /// The indexes of the tables an import fills.
    private static let indexes =
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('response', 'complaint_case') ORDER BY name"

    private func registerAfterImport(_ text: String, plainReading: Bool, form: String?) throws
        -> (summary: String, tables: [String: [String]])
    {
        try registerAfterImports([Array(text.utf8)], plainReading: plainReading, form: form)
    }

    private func registerAfterImport(_ bytes: [UInt8], plainReading: Bool, form: String?) throws
        -> (summary: String, tables: [String: [String]])
    {
        try registerAfterImports([bytes], plainReading: plainReading, form: form)
    }

    /// The register after importing each of `files` in turn; the summaries' lines joined.
    private func registerAfterImports(_ files: [[UInt8]], plainReading: Bool, form: String?, bulkBytes: Int? = nil)
        throws -> (summary: String, tables: [String: [String]])
    {
        let store = try AppDatabase.inMemory()
        var settings = ImportSettings(today: try #require(LocalDate("2026-11-26")), form: form)
        settings.plainReading = plainReading
        if let bulkBytes { settings.bulkImportBytes = bulkBytes }
        var lines: [String] = []
        for (number, bytes) in files.enumerated() {
            let file = try TemporaryFile(bytes: bytes)
            lines.append(
                try store.importEvaluations(from: file.url, name: "export-\(number).csv", settings: settings).line)
        }
        let queries = [
            "response": "SELECT * FROM response ORDER BY id",
            "complaint_case": "SELECT * FROM complaint_case ORDER BY id",
            "case_event": "SELECT case_id, happened_on, kind, actor, note FROM case_event ORDER BY id",
            "index": Self.indexes,
            "reject": "SELECT line, reason, raw FROM reject ORDER BY id",
            "import": "SELECT record_count, accepted_count, rejected_count, flagged_count, opened_count, known_count, "
                + "warning_count, encoding, delimiter FROM import",
        ]
        var tables: [String: [String]] = [:]
        try store.withConnection { db in
            for (table, sql) in queries { tables[table] = try Row.fetchAll(db, sql: sql).map { "\($0)" } }
        }
        return (lines.joined(separator: "\n"), tables)
    }
}

@Suite("Rejected records keep their text, whatever the header looks like (R5)")
struct RejectTextTests {
    @Test("A record as wide as a header's shorter first row is rejected with its text")
    func shortFirstHeaderRow() throws {
        // SurveyMonkey drops the empty cells at the end of its first header row.
        var lines = [
            "Respondent ID,Collector ID,Start Date,End Date,Naam trainer,Klant,Hoe beoordeelt u de volgende onderdelen?",
            ",,,,Response,Response,De training,De trainingsdag,De faciliteiten,De trainer",
        ]
        lines += (1...30).map { "\(1000 + $0),C1,11/20/2026 10:00:00 AM,11/20/2026 11:00:00 AM,Eva,Zorggroep,8,8,8,8" }
        lines.append("1100,C1,11/20/2026 10:00:00 AM,11/20/2026 11:00:00 AM,Eva,Zorggroep,3")
        let store = try AppDatabase.inMemory()
        let outcome = try store.importText(lines.joined(separator: "\n") + "\n", name: "Evaluatie.csv")
        #expect(outcome.summary?.rejected == 1)
        let raw = try store.withConnection { db in try String.fetchOne(db, sql: "SELECT CAST(raw AS TEXT) FROM reject")
        }
        #expect(raw?.hasPrefix("1100,C1,") == true)
    }
}
