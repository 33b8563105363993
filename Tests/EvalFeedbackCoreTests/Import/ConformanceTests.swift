import Foundation
import Testing

@testable import EvalFeedbackCore

/// The third-party csv-spectrum cases (BSD-2-Clause, see Conformance/csv-spectrum/LICENSE),
/// read by the very reader the importer uses.
private enum Spectrum {
    static let folder = Bundle.module.url(forResource: "Conformance", withExtension: nil)?
        .appendingPathComponent("csv-spectrum")

    static var cases: [String] {
        guard let folder, let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            return []
        }
        return names.filter { $0.hasSuffix(".csv") }.map { String($0.dropLast(4)) }.sorted()
    }

    /// The records as the importer's reader gives them: the header's names as keys. The file
    /// is cut into the smallest segments, read on other threads, as a big export is.
    static func read(_ url: URL) throws -> (rows: [[String: String]], quoteProblems: Int) {
        let reader = try CSVReader(url: url)
        reader.segmentBytes = 1
        reader.shareReading = { true }
        var records: [[String]] = []
        var quoteProblems = 0
        try reader.read(
            onRecord: { record in
                if record.quoteProblem != nil { quoteProblems += 1 }
                records.append(record.fields.map { String(decoding: $0, as: UTF8.self) })
            },
            onFault: { fault in Issue.record("fault at line \(fault.line): \(fault.problem)") })
        guard let header = records.first else { return ([], quoteProblems) }
        let rows = records.dropFirst().map { fields in
            Dictionary(uniqueKeysWithValues: zip(header, fields).map { ($0, $1) })
        }
        return (rows, quoteProblems)
    }
}

@Suite("CSV conformance: csv-spectrum, through the importer's reader")
struct ConformanceTests {
    @Test("Every csv-spectrum case reads as its expected JSON", arguments: Spectrum.cases)
    func spectrum(_ name: String) throws {
        let folder = try #require(Spectrum.folder)
        let (rows, quoteProblems) = try Spectrum.read(folder.appendingPathComponent(name + ".csv"))
        let json = try JSONSerialization.jsonObject(
            with: Data(contentsOf: folder.appendingPathComponent(name + ".json")))
        var expected = (json as? [[String: String]]) ?? [(json as? [String: String]) ?? [:]]
        if name == "location_coordinates" {
            // Upstream defect #20: the JSON's phone number is not the one in the CSV (see Conformance/README.md).
            expected[0]["Contact Phone Number"] = "2095257564"
            #expect(quoteProblems == 1, "a quote inside an unquoted field is kept as text, with a warning")
        } else {
            #expect(quoteProblems == 0)
        }
        #expect(rows == expected)
    }
}

@Suite("Rough edges of real exports that no suite covers")
struct RoughEdgeTests {
    private func summary(_ text: String) throws -> (ImportSummary, AppDatabase) {
        let store = try AppDatabase.inMemory()
        return (try require(try store.importText(text).summary), store)
    }

    private let header =
        "response_id,submitted_at,client,score_training,score_day,score_facilities,score_trainer,comment"

    @Test("A BOM before a quoted header")
    func bomBeforeQuotedHeader() throws {
        let quoted = header.split(separator: ",").map { "\"\($0)\"" }.joined(separator: ",")
        let (result, _) = try summary("\u{FEFF}" + quoted + "\nA-1,2026-11-23,Klant,5,8,8,8,x\n")
        #expect(result.accepted == 1 && result.flagged == 1 && result.rejected == 0)
    }

    @Test("A trailing delimiter on every line, the header's included")
    func trailingDelimiterEverywhere() throws {
        let (result, _) = try summary(header + ",\nA-1,2026-11-23,Klant,5,8,8,8,x,\nA-2,2026-11-23,Klant,8,8,8,8,,\n")
        #expect(result.accepted == 2 && result.flagged == 1 && result.rejected == 0)
    }

    @Test("A trailing delimiter on every data line but not on the header")
    func trailingDelimiterOnData() throws {
        let rows = (1...5).map { "A-\($0),2026-11-23,Klant,\($0 == 1 ? 5 : 8),8,8,8,ok," }
        let (result, _) = try summary(([header] + rows).joined(separator: "\n") + "\n")
        #expect(result.accepted == 5 && result.flagged == 1 && result.rejected == 0)
        #expect(result.notes.contains { $0.description.contains("every record ends in a delimiter") })
    }

    @Test("R5: in a file without trailing delimiters, a record with one extra field is still rejected")
    func extraFieldStillRejected() throws {
        let rows = (1...5).map { "A-\($0),2026-11-23,Klant,8,8,8,8,ok" } + ["A-6,2026-11-23,Klant,7,5,8,8,8,"]
        let (result, _) = try summary(([header] + rows).joined(separator: "\n") + "\n")
        #expect(result.accepted == 5 && result.rejected == 1)
    }

    @Test("Blank lines between records, a last record without a newline, and CR alone as the line end")
    func blankLinesAndLineEnds() throws {
        let text = [header, "", "A-1,2026-11-23,Klant,5,8,8,8,x", "", "", "A-2,2026-11-23,Klant,8,8,8,6,y"]
        let (lf, _) = try summary(text.joined(separator: "\n"))
        #expect(lf.records == 2 && lf.flagged == 2)
        let (cr, _) = try summary(text.joined(separator: "\r"))
        #expect(cr.records == 2 && cr.flagged == 2)
        let (crlf, _) = try summary(text.joined(separator: "\r\n") + "\r\n")
        #expect(crlf.records == 2 && crlf.flagged == 2)
    }

    @Test("A header with duplicate names: the first is the name, the later one the score")
    func duplicateNames() throws {
        let (result, store) = try summary(
            "Training,Trainer,Klant,Training,Dag,Faciliteiten,Trainer\nExcel,Eva Bos,Klant,5,8,8,8\n")
        #expect(result.flagged == 1)
        #expect(
            try store.count("response", where: "training = 'Excel' AND trainer = 'Eva Bos' AND score_training = 5") == 1
        )
    }
}
