import Foundation
import TestSupport
import Testing

@testable import EvalFeedbackCore

/// Runs `CSVReader` over a file and keeps what it hands over.
///
/// Every file is read three ways, which must agree: in one go, and cut into segments as small
/// as they come (a cut after every line with an even number of quotes behind it), read on other
/// threads and on this one. Segments that start inside a record (a stray quote misled the cut)
/// are read again from the segment before them, which these files exercise.
struct CSVReaderHarness {
    typealias Marked = (
        records: [(line: Int, fields: [String], quoteProblem: String?)],
        faults: [(line: Int, reason: String, raw: String)]
    )

    let url: URL
    /// The reader that reads the file in one go.
    let reader: CSVReader

    init(url: URL) throws {
        self.url = url
        reader = try CSVReader(url: url)
        reader.segmentBytes = nil
    }

    func run() throws -> (records: [(line: Int, fields: [String])], faults: [(line: Int, reason: String, raw: String)])
    {
        let (records, faults) = try runMarked()
        return (records.map { ($0.line, $0.fields) }, faults)
    }

    /// Also says for each record why it had to be read leniently, if it had.
    func runMarked() throws -> Marked {
        let whole = try Self.read(reader)
        for elsewhere in [true, false] {
            let segmented = try CSVReader(url: url)
            segmented.segmentBytes = 1
            segmented.shareReading = { elsewhere }
            let cut = try Self.read(segmented)
            #expect(Self.describe(cut) == Self.describe(whole), "segments read \(elsewhere ? "elsewhere" : "here")")
            #expect(segmented.delimiter == reader.delimiter)
        }
        return whole
    }

    private static func read(_ reader: CSVReader) throws -> Marked {
        var records: [(line: Int, fields: [String], quoteProblem: String?)] = []
        var faults: [(line: Int, reason: String, raw: String)] = []
        try reader.read(
            onRecord: {
                records.append(
                    ($0.line, $0.fields.map { String(decoding: $0, as: UTF8.self) }, $0.quoteProblem?.description))
            },
            onFault: { faults.append(($0.line, $0.problem.description, String(decoding: $0.raw, as: UTF8.self))) })
        return (records, faults)
    }

    private static func describe(_ read: Marked) -> [String] {
        read.records.map { "\($0.line) \($0.fields) \($0.quoteProblem ?? "-")" }
            + read.faults.map { "fault \($0.line) \($0.reason) \($0.raw)" }
    }
}

@Suite("Reading CSV with libcsv")
struct CSVReaderTests {
    @Test("Quoted fields keep delimiters, doubled quotes and newlines; lines are where records start")
    func quoting() throws {
        let file = try TemporaryFile(text: "a,b,c\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",z\n3,,\n")
        let (records, faults) = try readRecords(file)
        #expect(faults.isEmpty)
        #expect(records.map(\.line) == [1, 2, 3, 5])
        #expect(records[1].fields == ["1", "x, y", "say \"hi\""])
        #expect(records[2].fields == ["2", "two\nlines", "z"])
        #expect(records[3].fields == ["3", "", ""])
    }

    @Test(
        "The delimiter is found in the header line",
        arguments: [
            ("a;b;c\n1;2;3\n", UInt8(ascii: ";")), ("a\tb\tc\n1\t2\t3\n", 0x09), ("a,b,c\n1,2,3\n", UInt8(ascii: ",")),
        ])
    func delimiter(text: String, delimiter: UInt8) throws {
        let harness = try CSVReaderHarness(url: try TemporaryFile(text: text).url)
        let (records, _) = try harness.run()
        #expect(harness.reader.delimiter == delimiter)
        #expect(records.map(\.fields) == [["a", "b", "c"], ["1", "2", "3"]])
    }

    @Test("A delimiter inside a quoted header name does not count")
    func quotedHeader() {
        #expect(CSVLayout.mostFrequentDelimiter(ArraySlice(Array("\"a;b;c\",d,e".utf8))) == UInt8(ascii: ","))
    }

    @Test("Excel's sep= line names the delimiter and is not a record")
    func separatorHint() throws {
        let (records, _) = try readRecords(try TemporaryFile(text: "sep=;\r\na;b\r\n1,5;2\r\n"))
        #expect(records.map(\.line) == [2, 3])
        #expect(records.map(\.fields) == [["a", "b"], ["1,5", "2"]])
    }

    @Test("CRLF, LF and CR alone all end lines; line numbers stay right", arguments: ["\r\n", "\n", "\r"])
    func lineEnds(end: String) throws {
        let text = ["a,b", "1,\"x\(end)y\"", "", "2,z"].joined(separator: end) + end
        let (records, faults) = try readRecords(try TemporaryFile(text: text))
        #expect(faults.isEmpty)
        #expect(records.map(\.line) == [1, 2, 5])
        #expect(records[1].fields == ["1", "x\(end)y"])
    }

    @Test("Blank lines before the header do not hide its delimiter")
    func blankBeforeHeader() throws {
        let (records, _) = try readRecords(try TemporaryFile(text: "\r\n\r\na;b\r\n1;2\r\n"))
        #expect(records.map(\.line) == [3, 4])
        #expect(records.map(\.fields) == [["a", "b"], ["1", "2"]])
    }

    @Test("A CR alone inside a line of an LF or CRLF file is text, not the end of a record")
    func strayCR() throws {
        let (records, _) = try readRecords(try TemporaryFile(text: "a,b\r\n1,x\ry\r\n2,\"q\"\r\n"))
        #expect(records.map(\.fields) == [["a", "b"], ["1", "x\ry"], ["2", "q"]])
        #expect(records.map(\.line) == [1, 2, 3])
    }

    @Test("A last record without a line end is read")
    func noFinalNewline() throws {
        let (records, _) = try readRecords(try TemporaryFile(text: "a,b\n1,2"))
        #expect(records.map(\.fields) == [["a", "b"], ["1", "2"]])
    }

    @Test("A UTF-8 byte-order mark is not part of the first header name")
    func utf8BOM() throws {
        let (records, _) = try readRecords(try TemporaryFile(bytes: [0xEF, 0xBB, 0xBF] + Array("\"a\",b\n1,2\n".utf8)))
        #expect(records.first?.fields == ["a", "b"])
    }

    @Test("UTF-16 with a BOM, little or big endian, is read as text", arguments: [true, false])
    func utf16(littleEndian: Bool) throws {
        let text = "naam\tcijfer\r\nZoë 😀\t7\r\n"
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in text.utf16 {
            bytes += littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        let (records, _) = try readRecords(try TemporaryFile(bytes: bytes))
        #expect(records.map(\.fields) == [["naam", "cijfer"], ["Zoë 😀", "7"]])
    }

    @Test("R4: a stray quote costs no record: the line is read again with the quote as text, and marked")
    func strayQuote() throws {
        let harness = try CSVReaderHarness(url: try TemporaryFile(text: "a,b\n1,\"x\"y\n2,z\n").url)
        let (records, faults) = try harness.runMarked()
        #expect(faults.isEmpty)
        #expect(records.map(\.fields) == [["a", "b"], ["1", "x\"y"], ["2", "z"]])
        #expect(records.map(\.line) == [1, 2, 3])
        #expect(records.map(\.quoteProblem) == [nil, "a quote in the wrong place", nil])
    }

    @Test("R4: a quote never closed is read up to its line's end, and the lines after it are read again as records")
    func unclosedQuote() throws {
        let harness = try CSVReaderHarness(url: try TemporaryFile(text: "a,b\n1,\"open\n2,z\n3,w\n").url)
        let (records, faults) = try harness.runMarked()
        #expect(faults.isEmpty)
        #expect(records.map(\.line) == [1, 2, 3, 4])
        #expect(records.map(\.fields) == [["a", "b"], ["1", "open"], ["2", "z"], ["3", "w"]])
        #expect(records[1].quoteProblem == "a quoted field is never closed")
    }

    @Test("R4: a quote that runs on is read to its own line's end; the records it swallowed are read again")
    func runOnQuote() throws {
        let text = "a,b\n1,\"Goed\n2,x\n3,y\n4,\"Te veel, \"\"echt\"\" te veel\"\n5,z\n"
        let harness = try CSVReaderHarness(url: try TemporaryFile(text: text).url)
        let (records, faults) = try harness.runMarked()
        #expect(faults.isEmpty)
        #expect(records.map(\.line) == [1, 2, 3, 4, 5, 6])
        #expect(
            records.map(\.fields) == [
                ["a", "b"], ["1", "Goed"], ["2", "x"], ["3", "y"], ["4", "Te veel, \"echt\" te veel"], ["5", "z"],
            ])
        #expect(records[1].quoteProblem == "a quote in the wrong place")
    }

    @Test("A quote that runs on for more than 1,000 lines is taken as never closed, without waiting for the file's end")
    func runawayQuote() throws {
        let text = "a,b\n1,\"open\n" + (2...1500).map { "\($0),row" }.joined(separator: "\n") + "\n"
        let harness = try CSVReaderHarness(url: try TemporaryFile(text: text).url)
        let (records, faults) = try harness.runMarked()
        #expect(faults.isEmpty)
        #expect(records.count == 1501)
        #expect(records[1].quoteProblem == "a quoted field is never closed")
        #expect(records.last?.fields == ["1500", "row"])
        #expect(records.last?.line == 1501)
    }

    @Test("Records that straddle read chunks keep their fields and their line numbers")
    func chunkBoundaries() throws {
        var text = "id,comment\n"
        var expected: [(Int, String)] = []
        var line = 2
        for index in 0..<3000 {
            let comment =
                index % 7 == 0
                ? "\"first line\nsecond, with \"\"quotes\"\"\""
                : "plain \(index) padded to make the file span several read chunks"
            text += "\(index),\(comment)\n"
            expected.append(
                (
                    line,
                    index % 7 == 0
                        ? "first line\nsecond, with \"quotes\""
                        : "plain \(index) padded to make the file span several read chunks"
                ))
            line += index % 7 == 0 ? 2 : 1
        }
        #expect(text.utf8.count > 2 * CSVReader.chunkSize)
        let (records, faults) = try readRecords(try TemporaryFile(text: text))
        #expect(faults.isEmpty)
        #expect(records.count == 3001)
        #expect(records.dropFirst().map(\.line) == expected.map(\.0))
        #expect(records.dropFirst().map { $0.fields[1] } == expected.map(\.1))
    }

    @Test("R4: a segment cut inside a quoted field of several lines is read again from the record it falls in")
    func segmentCutInsideField() throws {
        // The middle line of each three-line comment looks like a whole record: the reader cuts
        // after it, and must find out that it cut inside a record. A stray quote comes first.
        var text = "id,comment\n1,\"fine\"\n2,a stray\" quote\n"
        for index in 3...400 {
            text +=
                index % 5 == 0 ? "\(index),\"first\nmiddle, plain\nlast\"\n" : "\(index),plain \"\"quoted\"\" text\n"
        }
        let harness = try CSVReaderHarness(url: try TemporaryFile(text: text).url)
        let (records, faults) = try harness.runMarked()
        #expect(faults.isEmpty)
        #expect(records.count == 401)
        #expect(records[2].quoteProblem == "a quote in the wrong place")
        #expect(records.last?.fields == ["400", "first\nmiddle, plain\nlast"])
        #expect(records.last?.line == 4 + 397 + 2 * 79)
    }

    @Test("Random bytes of CSV's alphabet read the same in the smallest segments as in one go")
    func randomSegments() throws {
        var state: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        let pieces = ["a", "b1", ",", ";", "\"", "\"\"", "\n", "\r\n", "\r", " ", "\t", "x,y", "é"]
        for _ in 0..<400 {
            var text = next(8) == 0 ? "sep=;\n" : "h1,h2\n"
            for _ in 0..<next(120) { text += pieces[next(pieces.count)] }
            // The harness reads each file whole and in segments, and expects the same.
            _ = try CSVReaderHarness(url: try TemporaryFile(text: text).url).runMarked()
        }
    }
}
