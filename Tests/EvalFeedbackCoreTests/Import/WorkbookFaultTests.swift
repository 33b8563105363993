import Foundation
import TestSupport
import Testing
import ZIPFoundation

@testable import EvalFeedbackCore

@Suite("Bad workbooks get a clear error and nothing else")
struct WorkbookFaultTests {
    static let header: [WorkbookBuilder.Cell] =
        ["response_id", "score_training", "score_day", "score_facilities", "score_trainer"].map { .shared($0) }

    /// The error importing `url` gives.
    static func failure(_ url: URL) throws -> String {
        do {
            _ = try WorkbookTests.importing(url)
        } catch let error as ImportError {
            return error.description
        }
        Issue.record("imported without an error")
        return ""
    }

    static func message(_ file: String, _ problem: String) -> String {
        "\(file): cannot be read as an Excel workbook: \(problem). Nothing of it was imported. Open it in Excel and "
            + "save it again as .xlsx or as CSV UTF-8, then import that file."
    }

    @Test("An encrypted workbook or an old .xls (a compound document) is refused as such")
    func compoundDocument() throws {
        let bytes: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)
        for name in ["versleuteld.xlsx", "oud.xls"] {
            let url = try TemporaryFile(name: name, bytes: bytes).url
            #expect(
                try Self.failure(url)
                    == Self.message(
                        name,
                        "it is an encrypted (password-protected) workbook or an old .xls workbook, which Excel stores "
                            + "as a compound document, not as .xlsx. Remove the password, or save it as .xlsx"))
        }
    }

    @Test("A zip without the workbook's parts, and a sheet that is no XML or ends in the middle")
    func missingAndBrokenParts() throws {
        var workbook = WorkbookBuilder(rows: [Self.header], without: ["xl/workbook.xml"])
        #expect(
            try Self.failure(try WorkbookTests.file(workbook, name: "leeg.xlsx"))
                == Self.message(
                    "leeg.xlsx",
                    "the workbook has no xl/workbook.xml; it is damaged or not made by a spreadsheet program"))
        workbook.without = ["xl/worksheets/sheet1.xml"]
        #expect(
            try Self.failure(try WorkbookTests.file(workbook, name: "geen-blad.xlsx"))
                == Self.message(
                    "geen-blad.xlsx",
                    "the workbook has no xl/worksheets/sheet1.xml; it is damaged or not made by a spreadsheet program"))
        for (name, sheet) in [
            (
                "kapot.xlsx",
                "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row>"
            ),
            ("onzin.xlsx", "dit is geen XML <<<"),
        ] {
            let url = try WorkbookTests.file(
                WorkbookBuilder(rows: [Self.header], without: ["xl/worksheets/sheet1.xml"]), name: name)
            let archive = try Archive(url: url, accessMode: .update)
            try WorkbookBuilder.add(Data(sheet.utf8), path: "xl/worksheets/sheet1.xml", to: archive)
            #expect(
                try Self.failure(url).hasPrefix(
                    "\(name): cannot be read as an Excel workbook: xl/worksheets/sheet1.xml is not readable XML"))
        }
    }

    @Test("An OpenDocument spreadsheet (.ods) is named as such")
    func openDocument() throws {
        let url = try TemporaryFile(name: "evaluatie.ods", bytes: []).url
        try? FileManager.default.removeItem(at: url)
        let archive = try Archive(url: url, accessMode: .create)
        try WorkbookBuilder.add(
            Data("application/vnd.oasis.opendocument.spreadsheet".utf8), path: "mimetype", to: archive)
        try WorkbookBuilder.add(Data("<office:document-content/>".utf8), path: "content.xml", to: archive)
        #expect(
            try Self.failure(url)
                == Self.message(
                    "evaluatie.ods",
                    "it is an OpenDocument spreadsheet (.ods), not an .xlsx workbook. Save it as .xlsx or as CSV"))
    }

    @Test("A zip bomb is refused from its directory, and a part that unpacks past its limit is stopped while read")
    func zipBomb() throws {
        let url = try WorkbookTests.file(
            WorkbookBuilder(rows: [Self.header], without: ["xl/worksheets/sheet1.xml"]), name: "bom.xlsx")
        let archive = try Archive(url: url, accessMode: .update)
        // 64 MiB of spaces packs into well under 1 MiB: a ratio no worksheet has.
        let size = 64 << 20
        try archive.addEntry(
            with: "xl/worksheets/sheet1.xml", type: .file, uncompressedSize: Int64(size), compressionMethod: .deflate
        ) { _, chunk in Data(repeating: 0x20, count: chunk) }
        #expect(
            try Self.failure(url)
                == Self.message(
                    "bom.xlsx",
                    "xl/worksheets/sheet1.xml unpacks to more than 16 MiB, or to far more than it takes packed (a zip "
                        + "bomb); it was not read"))
        // A directory may lie about the size: the bytes are counted as they come.
        let part = try #require(archive["xl/worksheets/sheet1.xml"])
        let stream = ZipPartStream(source: try ZipPartSource(url: url, entry: part), limit: 1 << 20)
        stream.open()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var total = 0
        while case let count = stream.read(&buffer, maxLength: buffer.count), count > 0 { total += count }
        stream.close()
        #expect(stream.failure == .tooLarge(part: "xl/worksheets/sheet1.xml", limit: 1 << 20))
        #expect(total <= 1 << 20)
    }

    @Test("A million empty cells are blank rows, read without a hang; a cell beyond Excel's sheet is refused")
    func emptyCells() throws {
        var sheet = "<worksheet><sheetData><row r=\"1\">"
        for (column, name) in ["response_id", "score_training", "score_day", "score_facilities", "score_trainer"]
            .enumerated()
        {
            sheet += "<c r=\"\(WorkbookBuilder.columnName(column))1\" t=\"inlineStr\"><is><t>\(name)</t></is></c>"
        }
        sheet += "</row>"
        var cells = 0
        var rowNumber = 2
        while cells < 1_000_000 {
            sheet += "<row r=\"\(rowNumber)\">"
            for column in 0..<SheetReader.maxColumns where cells < 1_000_000 {
                sheet += "<c r=\"\(WorkbookBuilder.columnName(column))\(rowNumber)\" s=\"1\"/>"
                cells += 1
            }
            sheet += "</row>"
            rowNumber += 1
        }
        sheet += "<row r=\"\(rowNumber)\"><c r=\"A\(rowNumber)\"><v>1</v></c><c r=\"B\(rowNumber)\"><v>4</v></c></row>"
        sheet += "</sheetData></worksheet>"
        let url = try WorkbookTests.file(
            WorkbookBuilder(rows: [Self.header], without: ["xl/worksheets/sheet1.xml"]), name: "leeg-bereik.xlsx")
        let archive = try Archive(url: url, accessMode: .update)
        try WorkbookBuilder.add(Data(sheet.utf8), path: "xl/worksheets/sheet1.xml", to: archive)
        let (summary, _) = try WorkbookTests.importing(url)
        #expect(summary.records == 1, "the empty rows are blank lines; the last row is a response")
        #expect(summary.casesOpened == 1)

        let beyond = try WorkbookTests.file(
            WorkbookBuilder(rows: [Self.header], without: ["xl/worksheets/sheet1.xml"]), name: "te-breed.xlsx")
        let wide = try Archive(url: beyond, accessMode: .update)
        let text = "<worksheet><sheetData><row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row></sheetData></worksheet>"
        try WorkbookBuilder.add(Data(text.utf8), path: "xl/worksheets/sheet1.xml", to: wide)
        #expect(
            try Self.failure(beyond)
                == Self.message(
                    "te-breed.xlsx",
                    "xl/worksheets/sheet1.xml has a cell XFE1 beyond Excel's 1,048,576 rows and 16,384 columns"))
    }
}

@Suite("Damaged workbooks")
struct WorkbookMutationTests {
    @Test("A workbook with bytes changed anywhere imports or is refused with an ImportError, never a crash")
    func mutatedBytes() throws {
        var rows: [[WorkbookBuilder.Cell]] = [canonicalHeader.split(separator: ",").map { .shared(String($0)) }]
        for index in 0..<20 {
            rows.append(
                [
                    .shared("R\(index)"), .dateTime(45_600.5 + Double(index)), .inline("Agile"), .date(45_600),
                    .shared("Eva Bos"), .shared("Klant"), .empty, .empty, .number("\(index % 10 + 1)"), .number("8"),
                    .number("7.5"), .bool(true), .shared("Prima, \"echt\""),
                ])
        }
        let original = try WorkbookTests.file(WorkbookBuilder(rows: rows), name: "origineel.xlsx")
        let bytes = [UInt8](try Data(contentsOf: original))
        // A fixed sequence (xorshift), so that a failure is the same every run.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(Int.max))
        }
        var refused = 0
        for round in 0..<300 {
            var damaged = bytes
            for _ in 0..<(1 + next() % 8) {
                damaged[next() % damaged.count] = UInt8(next() % 256)
            }
            let url = try TemporaryFile(name: "kapot-\(round).xlsx", bytes: damaged).url
            do {
                _ = try AppDatabase.inMemory().importEvaluations(
                    from: url, name: url.lastPathComponent,
                    settings: ImportSettings(today: LocalDate(checked: 2026, 11, 26)))
            } catch is ImportError {
                refused += 1
            }
        }
        #expect(refused > 0, "some of the damage is found")
    }
}
