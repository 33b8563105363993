import Foundation
import TestSupport
import Testing

/// Every command the README and docs/ tell a user to run exists in the binary: a command once
/// dropped from the command list (the register extract was) fails here, not in an auditor's hands.
@Suite("The documented commands")
struct DocumentedCommandsTests {
    /// One documented command line: the words as written, and where.
    struct Invocation: CustomStringConvertible {
        let words: [String]
        let options: [String]
        let place: String
        var description: String { "\(place): evalfeedback \(words.joined(separator: " "))" }
    }

    /// README.md and every Markdown file in docs/ and its folders.
    static var documents: [URL] {
        let docs = Repository.root.appendingPathComponent("docs")
        let names = FileManager.default.subpaths(atPath: docs.path) ?? []
        return [Repository.root.appendingPathComponent("README.md")]
            + names.filter { $0.hasSuffix(".md") }.sorted().map { docs.appendingPathComponent($0) }
    }

    /// The code in a Markdown text: fenced blocks (a line continued with `\` joined to the next)
    /// and inline code spans, each with its line number.
    static func codeSnippets(in text: String) -> [(line: Int, code: String, inline: Bool)] {
        var snippets: [(Int, String, Bool)] = []
        var fenced = false
        var pending = ""
        for (index, rawLine) in text.components(separatedBy: "\n").enumerated() {
            if rawLine.hasPrefix("```") {
                fenced.toggle()
                continue
            }
            if fenced {
                if rawLine.hasSuffix("\\") {
                    pending += rawLine.dropLast() + " "
                } else {
                    snippets.append((index + 1, pending + rawLine, false))
                    pending = ""
                }
                continue
            }
            let line = rawLine.replacingOccurrences(of: "\\|", with: "|")
            let parts = line.components(separatedBy: "`")
            for (number, part) in parts.enumerated() where number % 2 == 1 && number < parts.count - 1 {
                snippets.append((index + 1, part, true))
            }
        }
        return snippets
    }

    /// The words after `evalfeedback` that look like command names, and the options after them.
    static func invocation(after words: ArraySlice<Substring>, place: String) -> Invocation? {
        var names: [String] = []
        var options: [String] = []
        var inNames = true
        for word in words {
            if word == "#" { break }
            if inNames, word.first?.isLowercase == true, word.allSatisfy({ $0.isLowercase || $0 == "-" }) {
                names.append(String(word))
                continue
            }
            inNames = false
            let trimmed = word.trimmingCharacters(in: CharacterSet(charactersIn: "[]()|"))
            let option = trimmed.split(separator: "=").first.map(String.init) ?? trimmed
            if option.hasPrefix("--"), option.count > 2, option.dropFirst(2).allSatisfy({ $0.isLowercase || $0 == "-" })
            {
                options.append(option)
            }
        }
        return names.isEmpty ? nil : Invocation(words: names, options: options, place: place)
    }

    /// Every documented invocation: `evalfeedback WORDS...` anywhere in code, and `GROUP WORD...`
    /// in an inline code span that starts with a command group (the `case` table); a fenced
    /// block's other lines are output, not commands.
    static func documentedInvocations(groups: Set<String>) throws -> [Invocation] {
        var found: [Invocation] = []
        for document in documents {
            let text = try String(contentsOf: document, encoding: .utf8)
            for (line, code, inline) in codeSnippets(in: text) {
                let place = "\(document.path.dropFirst(Repository.root.path.count + 1)):\(line)"
                let words = code.split(whereSeparator: { $0 == " " || $0 == "\t" })
                for (index, word) in words.enumerated() where word == "evalfeedback" || word.hasSuffix("/evalfeedback")
                {
                    if let invocation = invocation(after: words[(index + 1)...], place: place) {
                        found.append(invocation)
                    }
                }
                if inline, let first = words.first, groups.contains(String(first)), words.count > 1,
                    let invocation = invocation(after: words[...], place: place), invocation.words.count > 1
                {
                    found.append(invocation)
                }
            }
        }
        return found
    }

    /// The subcommands a help text lists, read from its SUBCOMMANDS section.
    static func subcommands(inHelp help: String) -> Set<String> {
        guard let section = help.components(separatedBy: "SUBCOMMANDS:\n").dropFirst().first else { return [] }
        var names: Set<String> = []
        for line in section.components(separatedBy: "\n") {
            if line.isEmpty || !line.hasPrefix("  ") { break }
            if line.hasPrefix("    ") { continue }  // an abstract's continuation line
            if let name = line.split(separator: " ").first { names.insert(String(name)) }
        }
        return names
    }

    @Test("Every command in README.md and docs/ is a subcommand of the binary, its --help names it and its options")
    func everyDocumentedCommandExists() throws {
        let cli = try CommandRunner()
        let top = try cli.run(["--help"])
        let topLevel = Self.subcommands(inHelp: top.stdout)
        #expect(topLevel.contains("import"), "the top-level help lists its subcommands")
        var groups: Set<String> = []
        for name in topLevel where !Self.subcommands(inHelp: try cli.run([name, "--help"]).stdout).isEmpty {
            groups.insert(name)
        }
        #expect(groups.contains("case"))

        let invocations = try Self.documentedInvocations(groups: groups)
        #expect(invocations.contains { $0.words == ["register"] }, "the README documents the register extract")
        #expect(invocations.contains { $0.words == ["case", "extend"] }, "the case table is read")
        for invocation in invocations {
            var path: [String] = []
            var listed = topLevel
            var help = top.stdout
            for word in invocation.words {
                guard !listed.isEmpty else { break }  // the rest are the command's own arguments
                #expect(
                    listed.contains(word),
                    "\(invocation): no subcommand '\(word)' in '\((["evalfeedback"] + path).joined(separator: " ")) --help'"
                )
                guard listed.contains(word) else { break }
                path.append(word)
                let result = try cli.run(path + ["--help"])
                #expect(result.status == 0, "\(invocation): --help exits \(result.status)")
                help = result.stdout
                #expect(
                    help.contains("USAGE: evalfeedback \(path.joined(separator: " "))"),
                    "\(invocation): --help does not name it")
                listed = Self.subcommands(inHelp: help)
            }
            for option in invocation.options where !help.contains(option) {
                Issue.record("\(invocation): its --help does not list \(option)")
            }
        }
    }
}
