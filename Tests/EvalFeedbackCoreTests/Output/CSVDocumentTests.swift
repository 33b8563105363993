import Testing

@testable import EvalFeedbackCore

@Suite("CSV for Excel")
struct CSVDocumentTests {
    @Test(
        "Cells that Excel would run as formulas are made text",
        arguments: [
            ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"), ("+31 6 1234", "'+31 6 1234"), ("-2", "'-2"),
            ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"), ("Anna", "Anna"), ("", ""),
        ])
    func formulaSafe(cell: String, safe: String) {
        #expect(CSVDocument.formulaSafe(cell) == safe)
    }

    @Test("Dutch Excel by default: UTF-8 with BOM and no sep= line, ';', CRLF, every cell quoted by libcsv")
    func bytes() {
        var document = CSVDocument(separator: Settings().csvSeparator, header: ["a", "b"])
        document.append(["Zoë \"Z\"", "x;y,\nz"])
        document.append(["=1+1", "-2"])
        #expect(
            document.data
                == [0xEF, 0xBB, 0xBF]
                + Array("\"a\";\"b\"\r\n\"Zoë \"\"Z\"\"\";\"x;y,\nz\"\r\n\"'=1+1\";\"'-2\"\r\n".utf8))
    }

    @Test("With csv_separator ',' the cells are split by commas, and still formula-safe")
    func comma() {
        var document = CSVDocument(separator: .comma, header: ["a", "b"])
        document.append(["@SUM(A1)", "x;y"])
        #expect(document.data == [0xEF, 0xBB, 0xBF] + Array("\"a\",\"b\"\r\n\"'@SUM(A1)\",\"x;y\"\r\n".utf8))
    }
}
