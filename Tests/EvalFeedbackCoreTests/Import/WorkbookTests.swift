import Foundation
import GRDB
import TestSupport
import Testing
import ZIPFoundation

@testable import EvalFeedbackCore

@Suite("Excel workbooks (.xlsx) read directly, through the same detection and rules as CSV")
struct WorkbookTests {
    /// The serial Excel stores for `day` at `seconds` past midnight, in the 1900 date system.
    static func serial(_ day: String, _ seconds: Int = 0, system1904: Bool = false) throws -> Double {
        let date = try require(LocalDate(day))
        return Double(date.dayNumber + (system1904 ? 24_107 : 25_569)) + Double(seconds) / 86_400
    }

    static func file(_ workbook: WorkbookBuilder, name: String = "export.xlsx") throws -> URL {
        let url = try TemporaryFile(name: name, bytes: []).url
        try workbook.write(to: url)
        return url
    }

    static func importing(_ url: URL, today: String = "2026-11-26", into store: AppDatabase? = nil) throws
        -> (ImportSummary, AppDatabase)
    {
        let store = try store ?? AppDatabase.inMemory()
        let outcome = try store.importEvaluations(
            from: url, name: url.lastPathComponent, settings: ImportSettings(today: try require(LocalDate(today))))
        return (try require(outcome.summary), store)
    }

    static let questions = [
        "Hoe beoordeelt u de training?", "Hoe beoordeelt u de trainingsdag?", "Hoe beoordeelt u de faciliteiten?",
        "Hoe beoordeelt u de trainer?",
    ]

    @Test("R9: Microsoft Forms' Dutch workbook: detected, and cases registered on 'Tijd van voltooien'")
    func dutchForms() throws {
        let header: [WorkbookBuilder.Cell] =
            ["Id", "Begintijd", "Tijd van voltooien", "E-mail", "Naam"].map { .shared($0) }
            + Self.questions.map { .shared($0) }
        var rows = [header]
        for (id, day) in [(1, "2026-11-03"), (2, "2026-11-04")] {
            rows.append(
                [
                    .number("\(id)"), .dateTime(try Self.serial(day, 50_000)), .dateTime(try Self.serial(day, 50_400)),
                    .shared("anonymous"), .empty, .number("4"), .number("8"), .number("7.5"), .number("8"),
                ])
        }
        let (summary, store) = try Self.importing(
            try Self.file(WorkbookBuilder(rows: rows), name: "Evaluatie(1-2).xlsx"))
        #expect(summary.profile == ExportProfile.microsoftForms.rawValue)
        #expect(summary.records == 2 && summary.casesOpened == 2)
        #expect(summary.encoding == "Excel workbook, sheet 'Sheet1'")
        let cases = try store.withConnection { db in
            try Row.fetchAll(db, sql: "SELECT registered_on, contact_due FROM complaint_case ORDER BY id")
                .map { [$0["registered_on"] as String, $0["contact_due"] as String] }
        }
        #expect(cases == [["2026-11-03", "2026-11-05"], ["2026-11-04", "2026-11-06"]])
        let stored = try store.withConnection { db in
            try String.fetchAll(db, sql: "SELECT submitted_at FROM response ORDER BY id")
        }
        #expect(stored == ["2026-11-03 14:00:00", "2026-11-04 14:00:00"])
    }

    @Test("Every kind of cell: shared and inline strings, numbers, booleans, dates formatted or not, both date systems")
    func cellKinds() throws {
        for system1904 in [false, true] {
            let day = try Self.serial("2026-11-23", 14 * 3600 + 5 * 60 + 9, system1904: system1904)
            let header: [WorkbookBuilder.Cell] = [
                "response_id", "submitted_at", "training", "training_date", "trainer", "client", "score_training",
                "score_day", "score_facilities", "score_trainer", "comment",
            ].map { .shared($0) }
            var workbook = WorkbookBuilder(rows: [header], date1904: system1904)
            let dates: [WorkbookBuilder.Cell] = [.dateTime(day), .number("\(day)"), .customDateTime(day)]
            for (index, submitted) in dates.enumerated() {
                workbook.rows.append([
                    .number("\(index + 1)"), submitted, .inline("Agile & <Scrum>"),
                    .date(try Self.serial("2026-11-20", system1904: system1904)), .shared("Eva Bos"),
                    .shared("Zorggroep Het Baken"), .number("6.5"), .number("10"), .number("4"), .number("8"),
                    .bool(index == 0),
                ])
            }
            let (summary, store) = try Self.importing(try Self.file(workbook))
            #expect(summary.records == 3 && summary.accepted == 3 && summary.warningCount == 0, "\(summary.warnings)")
            let rows = try store.withConnection { db in
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT submitted_at, training, training_date, trainer, score_training, score_facilities, comment
                        FROM response ORDER BY id
                        """)
            }
            for row in rows {
                #expect(row["submitted_at"] as String == "2026-11-23 14:05:09", "1904: \(system1904)")
                #expect(row["training"] as String == "Agile & <Scrum>")
                #expect(row["training_date"] as String == "2026-11-20")
                #expect(row["trainer"] as String == "Eva Bos")
                #expect(row["score_training"] as Double == 6.5)
                #expect(row["score_facilities"] as Double == 4)
            }
            #expect(rows.map { $0["comment"] as String } == ["TRUE", "FALSE", "FALSE"])
        }
    }

    @Test("R6: the same rows as CSV and as .xlsx store the same responses and open the same cases")
    func sameAsCSV() throws {
        let csv =
            canonicalHeader + "\n" + row("R1", scores: ["4", "8", "8", "8"], comment: "\"Te lang, en \"\"saai\"\"\"")
            + "\n" + row("R2", scores: ["8", "", "n.v.t.", "6"]) + "\n"
        let csvStore = try AppDatabase.inMemory()
        _ = try csvStore.importText(csv)
        var rows: [[WorkbookBuilder.Cell]] = [canonicalHeader.split(separator: ",").map { .shared(String($0)) }]
        rows.append(
            [
                "R1", "2026-11-23T16:05:09", "Projectmatig werken", "2026-11-23", "Eva Bos", "Zorggroep Het Baken",
                "Anna Visser", "anna@example.org", "4", "8", "8", "8", "Te lang, en \"saai\"",
            ].map { .shared($0) })
        rows.append(
            [
                "R2", "2026-11-23T16:05:09", "Projectmatig werken", "2026-11-23", "Eva Bos", "Zorggroep Het Baken",
                "Anna Visser", "anna@example.org", "8", "", "n.v.t.", "6",
            ].map { $0.isEmpty ? .empty : .shared($0) })
        let (summary, workbookStore) = try Self.importing(try Self.file(WorkbookBuilder(rows: rows)))
        #expect(summary.records == 2 && summary.rejected == 0)
        let query = """
            SELECT response_key, submitted_at, training, trainer, client, respondent_name, respondent_email,
                score_training, score_day, score_facilities, score_trainer, comment, is_flagged
            FROM response ORDER BY id
            """
        let fromCSV = try csvStore.withConnection { try Row.fetchAll($0, sql: query) }
        let fromWorkbook = try workbookStore.withConnection { try Row.fetchAll($0, sql: query) }
        #expect(fromCSV == fromWorkbook)
        #expect(try workbookStore.count("complaint_case") == 2)
    }

    @Test("SurveyMonkey's two header rows in a workbook: the sub-header is no response")
    func surveyMonkey() throws {
        let top: [WorkbookBuilder.Cell] =
            ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address"].map { .shared($0) }
            + [.shared("How would you rate the following?")]
        let sub: [WorkbookBuilder.Cell] =
            [.empty, .empty, .empty, .empty, .empty]
            + ["The training", "The training day", "The facilities", "The trainer"].map { .shared($0) }
        let data: [WorkbookBuilder.Cell] = [
            .number("114000000001"), .number("431000001"), .dateTime(try Self.serial("2026-11-03", 50_000)),
            .dateTime(try Self.serial("2026-11-03", 50_400)), .shared("192.0.2.1"), .number("3"), .number("8"),
            .number("8"), .number("8"),
        ]
        let (summary, store) = try Self.importing(try Self.file(WorkbookBuilder(rows: [top, sub, data])))
        #expect(summary.profile == ExportProfile.surveyMonkey.rawValue)
        #expect(summary.headerRows == 2)
        #expect(summary.records == 1 && summary.casesOpened == 1)
        #expect(try store.count("complaint_case", where: "registered_on = '2026-11-03'") == 1)
    }

    @Test("ExcelDate: Lotus' 29 February 1900, the epochs of both systems, milliseconds rounded as Excel shows them")
    func excelDates() {
        #expect(ExcelDate.text(1, system: .from1900, withTime: false) == "1900-01-01")
        #expect(ExcelDate.text(59, system: .from1900, withTime: false) == "1900-02-28")
        #expect(ExcelDate.text(61, system: .from1900, withTime: false) == "1900-03-01")
        #expect(ExcelDate.text(25_569.5, system: .from1900) == "1970-01-01 12:00:00")
        #expect(ExcelDate.text(0, system: .from1904, withTime: false) == "1904-01-01")
        #expect(ExcelDate.text(45_248.604_166_666_67, system: .from1900, withTime: false) == "2023-11-18 14:30:00")
        #expect(ExcelDate.text(45_309.596_493_819_44, system: .from1900) == "2024-01-18 14:18:57")  // .066 s
        #expect(ExcelDate.text(-1, system: .from1900) == nil)
        #expect(CellFormats.dateFormat(code: "m/d/yyyy h:mm:ss") == .dateTime)
        #expect(CellFormats.dateFormat(code: "dd-mm-yyyy") == .date)
        #expect(CellFormats.dateFormat(code: "[$€-413] #,##0.00") == nil)
        #expect(CellFormats.dateFormat(code: "0.00\" days\"") == nil)
    }
}

@Suite("Excel workbooks imported again")
struct WorkbookAgainTests {
    @Test("R6: the same workbook imported again changes nothing")
    func sameBytesAgain() throws {
        var rows: [[WorkbookBuilder.Cell]] = [canonicalHeader.split(separator: ",").map { .shared(String($0)) }]
        rows.append(
            ["R1", "2026-11-23T16:05:09", "Agile", "2026-11-23", "Eva Bos", "Klant", "", "", "4", "8", "8", "8"]
                .map { $0.isEmpty ? .empty : .shared($0) })
        let url = try WorkbookTests.file(WorkbookBuilder(rows: rows))
        let (first, store) = try WorkbookTests.importing(url)
        #expect(first.casesOpened == 1)
        let again = try store.importEvaluations(
            from: url, name: url.lastPathComponent, settings: ImportSettings(today: LocalDate(checked: 2026, 11, 26)))
        guard case .alreadyImported = again else {
            Issue.record("imported again: \(again)")
            return
        }
        #expect(try store.count("response") == 1)
    }
}

@Suite("Excel workbooks on a progress line")
struct WorkbookProgressTests {
    @Test("A workbook's import tells its progress every thousand rows, as far as the sheet is read")
    func progress() throws {
        var rows: [[WorkbookBuilder.Cell]] = [canonicalHeader.split(separator: ",").map { .shared(String($0)) }]
        for index in 0..<2_500 {
            rows.append(
                [
                    .shared("R\(index)"), .dateTime(45_600.5), .shared("Agile"), .empty, .shared("Eva Bos"),
                    .shared("Klant"), .empty, .empty, .number("8"), .number("8"), .number("8"), .number("8"),
                ])
        }
        let url = try WorkbookTests.file(WorkbookBuilder(rows: rows))
        let size = try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int)
        var told: [ImportProgress] = []
        _ = try AppDatabase.inMemory().importEvaluations(
            from: url, name: url.lastPathComponent, settings: ImportSettings(today: LocalDate(checked: 2026, 11, 26)),
            progress: { told.append($0) })
        #expect(told.map(\.records) == [999, 1_999])  // rows 1000 and 2000 of the sheet; row 1 is the header
        #expect(told.allSatisfy { $0.byteCount == size && $0.bytesRead > 0 && $0.bytesRead <= size })
    }
}
