import Foundation
import GRDB
import Testing

@testable import EvalFeedbackCore

@Suite("R6: a file imported before is recognised by its hash")
struct FileHashTests {
    @Test("The hash is the same however the file is cut into chunks, and differs for other bytes")
    func chunking() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        func hash(_ cuts: [Int]) -> String {
            var hash = FileHash()
            var start = 0
            bytes.withUnsafeBytes { all in
                for end in cuts + [bytes.count] {
                    hash.add(UnsafeRawBufferPointer(rebasing: all[start..<end]))
                    start = end
                }
            }
            return hash.hex
        }
        let whole = hash([])
        #expect(whole.hasPrefix("w:") && whole.count == 18)
        for cuts in [[1], [7, 8, 9], [3, 500, 501, 999], Array(stride(from: 5, to: 1000, by: 13))] {
            #expect(hash(cuts) == whole, "cut at \(cuts)")
        }
        var shorter = FileHash()
        bytes.dropLast().withUnsafeBytes { shorter.add($0) }
        var zeroed = FileHash()
        (bytes.dropLast() + [0]).withUnsafeBytes { zeroed.add($0) }
        #expect(Set([whole, shorter.hex, zeroed.hex]).count == 3)
    }

    @Test("A file imported by a version that hashed with FNV-1a is still recognised")
    func legacyHash() throws {
        let store = try AppDatabase.inMemory()
        let text = [canonicalHeader, row("R-1", scores: ["5", "8", "8", "8"])].joined(separator: "\n")
        try store.importText(text, name: "nov.csv")
        var legacy = ContentHash()
        Array(text.utf8).withUnsafeBytes { legacy.add($0) }
        try store.withConnection { db in
            try db.execute(sql: "UPDATE import SET content_hash = ?", arguments: [legacy.hex])
        }
        let again = try store.importText(text, name: "nov-copy.csv", today: "2026-11-27")
        #expect(again.line == "nov-copy.csv: already imported on 2026-11-26 (import #1); nothing changed")
    }
}
