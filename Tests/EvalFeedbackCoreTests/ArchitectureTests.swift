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
            Self.layers[0].contains(Self.folder(file.path))
                && (file.text.contains("import GRDB") || file.text.contains("SELECT "))
        }
        #expect(domain.map(\.path) == [], "the domain knows no SQL")
    }

    @Test("SQLite's own API is called in one folder only: Store/SQLite (the rest uses GRDB)")
    func rawSQLiteInOneFolder() throws {
        let sources = Repository.root.appendingPathComponent("Sources")
        var calling: Set<String> = []
        let walk = FileManager.default.enumerator(atPath: sources.path)
        while let path = walk?.nextObject() as? String {
            guard [".swift", ".c", ".h"].contains(where: path.hasSuffix),
                let text = try? String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8),
                text.contains("sqlite3_")
            else { continue }
            calling.insert(path)
        }
        #expect(!calling.isEmpty)
        #expect(calling.filter { !$0.hasPrefix("EvalFeedbackCore/Store/SQLite/") }.sorted() == [])
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

    /// A file's Swift without its comments and string literals (their text names no type), so
    /// that SQL words and prose do not count as uses. Interpolations go with their literal.
    static func code(_ text: String) -> String {
        let characters = Array(text.unicodeScalars)
        var kept = String.UnicodeScalarView()
        var index = 0
        func starts(_ prefix: String, at position: Int) -> Bool {
            let scalars = Array(prefix.unicodeScalars)
            return position + scalars.count <= characters.count
                && Array(characters[position..<position + scalars.count]) == scalars
        }
        func skip(to end: String, from position: Int) -> Int {
            var position = position
            while position < characters.count, !starts(end, at: position) { position += 1 }
            return min(position + end.unicodeScalars.count, characters.count)
        }
        while index < characters.count {
            if starts("//", at: index) {
                while index < characters.count, characters[index] != "\n" { index += 1 }
            } else if starts("/*", at: index) {
                index = skip(to: "*/", from: index + 2)
            } else if starts("\"\"\"", at: index) {
                index = skip(to: "\"\"\"", from: index + 3)
                kept.append(" ")
            } else if characters[index] == "\"" {
                index += 1
                while index < characters.count, characters[index] != "\"", characters[index] != "\n" {
                    index += characters[index] == "\\" ? 2 : 1
                }
                index += 1
                kept.append(" ")
            } else {
                kept.append(characters[index])
                index += 1
            }
        }
        return String(kept)
    }

    /// The words of code as they stand alone: a word after a dot is a member or a nested type
    /// (`ZIPFoundation.Archive`, `QuarterlyReport.Table`), whose owner is named before it.
    static func words(_ code: String) -> [(word: String, afterDot: Bool)] {
        var words: [(String, Bool)] = []
        var current = ""
        var previous: Character = " "
        var dotted = false
        for character in code + " " {
            if character.isLetter || character.isNumber || character == "_" {
                if current.isEmpty { dotted = previous == "." }
                current.append(character)
            } else if !current.isEmpty {
                words.append((current, dotted))
                current = ""
            }
            previous = character
        }
        return words
    }

    /// The folder a library file lives in (its first path component).
    static func folder(_ path: String) -> String { String(path.split(separator: "/").first ?? "") }

    /// The types each folder declares: at top level (`uses` counts these), and at any depth
    /// (a folder's own nested `Part` is not another folder's `Part`).
    static func declarations() throws -> (topLevel: [String: Set<String>], anywhere: [String: Set<String>]) {
        let keywords: Set = ["struct", "enum", "class", "actor", "protocol", "typealias"]
        var topLevel: [String: Set<String>] = [:]
        var anywhere: [String: Set<String>] = [:]
        for file in try sources() where file.path.contains("/") {
            let folder = folder(file.path)
            var depth = 0
            var previous = ""
            var token = ""
            for character in code(file.text) + " " {
                if character.isLetter || character.isNumber || character == "_" {
                    token.append(character)
                    continue
                }
                if !token.isEmpty {
                    if keywords.contains(previous), token.first?.isUppercase == true {
                        anywhere[token, default: []].insert(folder)
                        if depth == 0 { topLevel[token, default: []].insert(folder) }
                    }
                    previous = token
                    token = ""
                }
                if character == "{" { depth += 1 } else if character == "}" { depth -= 1 }
            }
        }
        return (topLevel, anywhere)
    }

    /// For each pair of folders (user, owner), the owner's top-level types the user names.
    static func uses() throws -> [String: [String: Set<String>]] {
        let (topLevel, anywhere) = try declarations()
        var uses: [String: [String: Set<String>]] = [:]
        for file in try sources() where file.path.contains("/") {
            let folder = folder(file.path)
            for (word, afterDot) in words(code(file.text)) where !afterDot {
                guard let owners = topLevel[word], anywhere[word]?.contains(folder) != true else { continue }
                for owner in owners { uses[folder, default: [:]][owner, default: []].insert(word) }
            }
        }
        return uses
    }

    /// The library's layers, lowest first (docs/development.md): the domain; the store; the jobs
    /// and reports, with the settings file that configures them (it names the import's mapping).
    static let layers: [Set<String>] = [
        ["Calendar", "Cases", "Scoring", "Text", "Users", "Mail"],
        ["Store"],
        ["Config", "Import", "Nightly", "Letters", "Reports", "Output"],
    ]

    @Test("Every folder names types of its own layer or a lower one only (domain, store, jobs and reports), and no folders name each other round in a circle")
    func layersPointDown() throws {
        let uses = try Self.uses()
        let folders = Set(try Self.sources().filter { $0.path.contains("/") }.map { Self.folder($0.path) })
        let rank = Dictionary(
            uniqueKeysWithValues: Self.layers.enumerated().flatMap { level, names in names.map { ($0, level) } })
        #expect(folders.subtracting(rank.keys).sorted() == [], "give each new folder its layer in `layers`")
        var upward: [String] = []
        for (user, owners) in uses {
            for (owner, names) in owners where rank[owner, default: 0] > rank[user, default: 0] {
                upward.append("\(user) names \(names.sorted().joined(separator: ", ")) of \(owner), a layer above it")
            }
        }
        #expect(upward.sorted() == [], "move each type to the folder of its layer (docs/development.md)")
        let circle = Self.circle(in: uses.mapValues { Set($0.keys) })
        let named = zip(circle ?? [], (circle ?? []).dropFirst()).map { user, owner in
            "\(user) names \(uses[user]?[owner]?.sorted().joined(separator: ", ") ?? "") of \(owner)"
        }
        #expect(circle == nil, "\(named.joined(separator: "; ")): move a type to the folder of its layer")
    }

    /// A path of folders that ends where it began, each naming the next one's types; nil when
    /// there is none.
    static func circle(in graph: [String: Set<String>]) -> [String]? {
        var done: Set<String> = []
        func visit(_ folder: String, path: [String]) -> [String]? {
            if let start = path.firstIndex(of: folder) { return Array(path[start...]) + [folder] }
            if done.contains(folder) { return nil }
            for next in graph[folder, default: []].sorted() {
                if let found = visit(next, path: path + [folder]) { return found }
            }
            done.insert(folder)
            return nil
        }
        for folder in graph.keys.sorted() {
            if let found = visit(folder, path: []) { return found }
        }
        return nil
    }

    @Test("The circle check finds a circle of three folders, and none where the names point one way")
    func circleCheck() {
        #expect(Self.circle(in: ["A": ["B"], "B": ["C"], "C": ["A"]]) == ["A", "B", "C", "A"])
        #expect(Self.circle(in: ["A": ["B", "C"], "B": ["C"], "C": []]) == nil)
    }

    @Test("The layer check sees a use through an extension and not one in a comment, a string or after a dot")
    func layerCheckReadsCode() {
        let code = Self.code("extension LowScore { // Dimension\n let s = \"Archive \\(x)\" }\n/* Part */ let a: ZIPFoundation.Archive")
        let words = Self.words(code).filter { !$0.afterDot }.map(\.word)
        #expect(words.contains("LowScore"))
        #expect(!words.contains("Dimension") && !words.contains("Part") && !words.contains("Archive"))
        #expect(Self.words(code).contains { $0.word == "Archive" && $0.afterDot })
    }
}
