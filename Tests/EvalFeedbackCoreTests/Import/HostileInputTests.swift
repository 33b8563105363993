import Foundation
import Testing

@testable import EvalFeedbackCore

/// Imports `bytes` as a file and returns the summary, or the error that stopped the file.
private func load(_ bytes: [UInt8]) throws -> Result<ImportSummary, ImportError> {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString).csv")
    try Data(bytes).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    do {
        let outcome = try AppDatabase.inMemory().importEvaluations(
            from: url, name: "hostile.csv", settings: ImportSettings(today: LocalDate(checked: 2026, 11, 26)))
        return .success(try require(outcome.summary))
    } catch let error as ImportError {
        return .failure(error)
    }
}

private let header = Array((canonicalHeader + "\n").utf8)
private let goodLow = Array((row("GOOD", scores: ["4", "8", "8", "8"]) + "\n").utf8)

@Suite("Hostile and broken input: a clear message, every good record kept, no crash or hang")
struct HostileInputTests {
    @Test("Binary garbage is refused with a message, not a crash")
    func garbage() throws {
        var random = SystemRandomNumberGenerator()
        let bytes = (0..<1_000_000).map { _ in UInt8.random(in: 0...255, using: &random) }
        switch try load(bytes) {
        case .failure(let error): #expect(error.description.contains("hostile.csv"))
        case .success(let summary): #expect(summary.flagged == 0)
        }
    }

    @Test("A 20 MB field: the line is cut at 64 KiB, its scores still count, and the next record is kept")
    func hugeField() throws {
        let huge = Array(
            (row("HUGE", scores: ["5", "8", "8", "8"]) + String(repeating: "x", count: 20_000_000) + "\n").utf8)
        let summary = try load(header + huge + goodLow).get()
        #expect(summary.records == 2 && summary.flagged == 2 && summary.rejected == 0)
        #expect(summary.warnings.contains { $0.message.contains("cut off after 64 KiB") })
    }

    @Test("A line with 10,000 fields is rejected (R5); the good record after it is kept")
    func tenThousandFields() throws {
        let wide = Array((Array(repeating: "7", count: 10_000).joined(separator: ",") + "\n").utf8)
        let summary = try load(header + wide + goodLow).get()
        #expect(summary.rejected == 1 && summary.flagged == 1)
    }

    @Test("An unterminated quote at the end of the file: the record is read leniently, with a warning")
    func unterminatedQuote() throws {
        let open = Array((row("OPEN", scores: ["3", "8", "8", "8"], comment: "\"nooit gesloten") + "\n").utf8)
        let summary = try load(header + goodLow + open).get()
        #expect(summary.flagged == 2 && summary.rejected == 0)
        #expect(summary.warnings.contains { $0.line == 3 })
    }

    @Test("NUL bytes are removed, with a warning; the scores around them count")
    func nulBytes() throws {
        let line = Array((row("NUL", scores: ["5", "8", "8", "8"], comment: "a\u{0}b") + "\n").utf8)
        let summary = try load(header + line).get()
        #expect(summary.flagged == 1)
        #expect(summary.warnings.map(\.line) == [2], "one warning, on the line with the NUL byte")
    }

    @Test("Invalid UTF-8 in every column is read as Windows-1252 with a warning; the low score still flags")
    func invalidUTF8() throws {
        let line = Array(row("é", scores: ["5", "8", "8", "8"]).utf8) + [0x0A]  // valid UTF-8 first
        let bad: [UInt8] = [0xFF, 0xFE, 0x80]
        let fields: [[UInt8]] = [
            Array("X".utf8), Array("2026-11-23".utf8), bad, Array("2026-11-23".utf8), bad, bad, bad, bad,
            Array("4".utf8), Array("8".utf8), Array("8".utf8), Array("8".utf8), bad,
        ]
        let broken = Array(fields.joined(separator: [0x2C])) + [0x0A]
        let summary = try load(header + line + broken).get()
        #expect(summary.accepted == 2 && summary.flagged == 2)
        // One warning per broken text field, all on line 3; line 2's `é` is valid UTF-8.
        let warned = ["training", "trainer", "client", "respondent_name", "respondent_email", "comment"]
        #expect(
            summary.warnings.map { "\($0.line) \($0.field): \($0.message)" }
                == warned.map { "3 \($0): is not valid UTF-8; read as Windows-1252, check the text" })
    }

    @Test(
        "Huge, negative and odd numbers are warnings, never scores",
        arguments: ["99999999999999999999", "-5", "1e308", "NaN", "inf", "0x10", "+8", "8.5.5"])
    func oddNumbers(value: String) throws {
        let summary = try load(header + Array((row("N", scores: [value, "4", "8", "8"]) + "\n").utf8)).get()
        #expect(summary.flagged == 1, "the other low score still flags")
        #expect(summary.warnings.contains { $0.field == "score_training" })
    }

    @Test("A date that does not exist is a warning; the response still counts")
    func impossibleDate() throws {
        let summary = try load(
            header + Array((row("D", scores: ["4", "8", "8", "8"], submitted: "31-02-2026") + "\n").utf8)
        ).get()
        #expect(summary.flagged == 1)
        #expect(
            summary.warnings.contains {
                $0.field == "submitted_at" && $0.message.contains("'31-02-2026' is not a date")
            })
    }

    @Test("A header repeated mid-file is skipped with a note")
    func repeatedHeader() throws {
        let summary = try load(header + goodLow + header + Array((row("TWO") + "\n").utf8)).get()
        #expect(summary.records == 2 && summary.rejected == 0)
        #expect(summary.notes.contains { $0.description.contains(":3: the header line is repeated here; skipped") })
    }
}
