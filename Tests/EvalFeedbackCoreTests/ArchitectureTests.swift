import Foundation
import TestSupport
import Testing

/// What issue 22 made of the library's folders, kept: renderers in one place, layers that
/// point one way, and dimensions counted by `Dimension.allCases` rather than by hand.
@Suite("The library's layout")
struct ArchitectureTests {
    static let library = Repository.root.appendingPathComponent("Sources/EvalFeedbackCore")

    /// Every Swift file of the library, by its path below `Sources/EvalFeedbackCore`, with its text.
    static func sources() throws -> [(path: String, text: String)] {
        var files: [(String, String)] = []
        let walk = FileManager.default.enumerator(atPath: library.path)
        while let path = walk?.nextObject() as? String {
            guard path.hasSuffix(".swift") else { continue }
            files.append((path, try String(contentsOf: library.appendingPathComponent(path), encoding: .utf8)))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    @Test("Renderers live in Output: no other folder renders a format (letters render their own templates)")
    func renderersInOutput() throws {
        let rendering = ["func rendered(as", "HTMLPage(", "JSONOutput.", "RenderError."]
        let outside = try Self.sources().filter { file in
            !file.path.hasPrefix("Output/") && !file.path.hasPrefix("Letters/")
                && rendering.contains { file.text.contains($0) }
        }
        #expect(outside.map(\.path) == [], "render these in Output/")
        #expect(try Self.sources().contains { $0.path.hasPrefix("Output/") && $0.text.contains("func rendered(as") })
    }

    @Test("The store names no type of the reports above it, and the domain no SQL")
    func layers() throws {
        let files = try Self.sources()
        let reportTypes = [
            "QuarterlyReport", "FollowUpList", "FollowUpRows", "FollowUpRecord", "FollowUpChoice", "NextAction",
            "RegisterExtract",
        ]
        let store = files.filter { file in
            let words = Set(file.text.split { !$0.isLetter && !$0.isNumber }.map(String.init))
            return file.path.hasPrefix("Store/") && reportTypes.contains(where: words.contains)
        }
        #expect(store.map(\.path) == [], "the store returns typed values; the reports decide")
        let domain = files.filter { file in
            ["Cases/", "Calendar/", "Scoring/"].contains(where: file.path.hasPrefix)
                && (file.text.contains("import GRDB") || file.text.contains("SELECT "))
        }
        #expect(domain.map(\.path) == [], "the domain knows no SQL")
    }

    /// The migrations (append-only, they name columns as strings), the export's fields (each
    /// score column has its own header names) and a hash's four bytes: none of them counts
    /// dimensions here.
    static let countingElsewhere = [
        "Store/AppDatabase+Migrations.swift", "Import/EvaluationField.swift", "Mail/SHA256.swift",
    ]

    @Test("No dimension is counted by hand: loops, sizes and score columns follow Dimension.allCases")
    func dimensionsNotCountedByHand() throws {
        let byHand = [
            "0..<4", "count: 4)", "[0, 0, 0, 0]", "score_training,", "\"score_training\"", "Double?, Double?",
            "scores.3", "scores[3]", "score(.trainer)",
        ]
        let files = try Self.sources().filter { file in
            !Self.countingElsewhere.contains(file.path) && byHand.contains(where: file.text.contains)
        }
        #expect(files.map(\.path) == [])
    }
}
