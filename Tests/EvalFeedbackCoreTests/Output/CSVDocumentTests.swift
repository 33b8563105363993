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

    @Test("UTF-8 with BOM, CRLF, every cell quoted by libcsv with quotes doubled")
    func bytes() {
        var document = CSVDocument(header: ["a", "b"])
        document.append(["Zoë \"Z\"", "x,y\nz"])
        #expect(document.data == [0xEF, 0xBB, 0xBF] + Array("\"a\",\"b\"\r\n\"Zoë \"\"Z\"\"\",\"x,y\nz\"\r\n".utf8))
    }
}
