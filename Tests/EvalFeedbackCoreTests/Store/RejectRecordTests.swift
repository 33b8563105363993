import Foundation
import GRDB
import TestSupport
import Testing

@testable import EvalFeedbackCore

/// A reject keeps why it was rejected as values beside its words (v16), so that a page can word
/// it in its reader's language whoever imported it; a reject of an older register keeps its words.
@Suite("Rejects as stored and read")
struct RejectRecordTests {
    let store: AppDatabase

    init() throws {
        store = try AppDatabase.inMemory()
    }

    /// Line 2 has a field too few; line 3 a stray quote and a field too many.
    static let text = [
        canonicalHeader, row("R-1", scores: ["4", "8", "8"]), row("R-2", scores: ["4", "8", "8", "8"]) + ",\"x\"y",
        row("R-3"),
    ].joined(separator: "\n")

    @Test("R5: a reject is stored with its reason's values and read back as them, its words as the CLI's")
    func typed() throws {
        try store.importText(Self.text)
        let rejects = try store.rejects()
        #expect(
            rejects.map(\.problem) == [
                .fieldCount(found: 12, expected: 13, quotes: nil),
                .fieldCount(found: 14, expected: 13, quotes: .misplacedQuote),
            ])
        #expect(rejects.map(\.reason) == rejects.compactMap { $0.problem?.description })
        #expect(rejects.map(\.line) == [2, 3])
    }

    @Test("A reject of an older register, or with values a later version wrote, is read with its words only")
    func wordsOnly() throws {
        try store.importText(Self.text)
        try store.withConnection { db in
            try db.execute(sql: "UPDATE reject SET problem = NULL, reason = 'old words' WHERE line = 2")
            try db.execute(sql: "UPDATE reject SET problem = '{\"someday\":{}}' WHERE line = 3")
        }
        let rejects = try store.rejects(file: "export.csv")
        #expect(rejects.map(\.problem) == [nil, nil])
        #expect(rejects.map(\.reason).first == "old words")
        #expect(rejects.count == 2, "never dropped")
    }

    @Test("An import's rejects are its own; the recent ones are listed newest first, at most so many of each")
    func perImport() throws {
        let first = try #require(try store.importText(Self.text, name: "week.csv").summary?.importID)
        let shifted = [canonicalHeader] + (1...4).map { row("R-\($0)", scores: ["4", "8", "8"]) }
        let second = try #require(
            try store.importText(shifted.joined(separator: "\n"), name: "week.csv").summary?.importID)
        #expect(try store.rejects(ofImport: first).map(\.line) == [2, 3])
        #expect(try store.rejects(ofImport: second).map(\.line) == [2, 3, 4, 5])
        let recent = try store.recentRejects(imports: 5, each: 3)
        #expect(recent.map(\.importID) == [second, first])
        #expect(recent.map(\.total) == [4, 2])
        #expect(recent.map { $0.first.map(\.line) } == [[2, 3, 4], [2, 3]])
        #expect(try store.recentRejects(imports: 1, each: 3).map(\.importID) == [second])
    }
}
