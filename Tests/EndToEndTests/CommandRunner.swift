import Foundation
import TestSupport
import Testing

/// Runs the built `evalfeedback` binary, as cron or a person would.
struct CommandRunner {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static let expected = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Expected")

    /// The binary next to the test bundle (`.build/debug/evalfeedback`).
    static var binary: URL {
        var folder = Bundle.main.bundleURL
        if folder.pathExtension == "xctest" { folder.deleteLastPathComponent() }
        return folder.appendingPathComponent("evalfeedback")
    }

    /// A fresh folder for one test's database and files.
    let folder: URL

    init() throws {
        folder = try TemporaryFolder.make(prefix: "evalfeedback-e2e")
    }

    var database: String { folder.appendingPathComponent("register.sqlite").path }

    /// Runs the binary with `arguments` in the test's folder, with no database in the environment.
    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        try launch(Self.binary, arguments, environment: environment)
    }

    /// Runs `executable` in the test's folder, with no database in the environment.
    private func launch(_ executable: URL, _ arguments: [String], environment: [String: String] = [:]) throws
        -> Result
    {
        var changes: [String: String?] = ["EVALFEEDBACK_DATABASE": nil]
        for (name, value) in environment { changes[name] = value }
        let run = try ChildProcess.run(executable, arguments, environment: changes, in: folder)
        return Result(status: run.status, stdout: run.output, stderr: run.errors)
    }

    /// True when tests can run the binary as another user: as root, with `runuser` at hand.
    static var canRunAsOtherUser: Bool {
        getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser")
    }

    /// Runs the binary as `user` (through `runuser`), as a colleague without the owner's rights
    /// would, in the test's folder.
    func run(as user: String, _ arguments: [String]) throws -> Result {
        try launch(URL(fileURLWithPath: "/usr/sbin/runuser"), ["-u", user, "--", Self.binary.path] + arguments)
    }

    /// Hands the test's folder and all in it to `user` (uid, gid).
    func give(to owner: (uid: uid_t, gid: gid_t)) {
        let walk = FileManager.default.enumerator(atPath: folder.path)
        chown(folder.path, owner.uid, owner.gid)
        while let relative = walk?.nextObject() as? String {
            lchown(folder.appendingPathComponent(relative).path, owner.uid, owner.gid)
        }
    }

    /// A runner whose register holds the fixtures' clients and exports, imported as on 2026-11-26.
    static func withFixtures() throws -> CommandRunner {
        let cli = try CommandRunner()
        _ = try cli.evalfeedback("clients", "import", Repository.fixtures.appendingPathComponent("clients.csv").path)
        _ = try cli.run(["import", "--database", cli.database, "--as-of", "2026-11-26"] + exports)
        return cli
    }

    /// Runs with `--database` and `--as-of 2026-11-26`, the day after the fixtures' last export.
    func evalfeedback(_ arguments: String..., asOf: String = "2026-11-26") throws -> Result {
        try run(arguments + ["--database", database, "--as-of", asOf])
    }

    /// The fixtures' exports, in name order.
    static var exports: [String] {
        let folder = Repository.fixtures.appendingPathComponent("exports")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".csv") }.sorted().map { folder.appendingPathComponent($0).path }
    }

    /// Compares `actual` with `Expected/name`. With EVALFEEDBACK_RECORD=1 it writes the file
    /// instead and fails, so that a new baseline is always read in the diff before it is kept.
    static func expectMatches(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        let url = expected.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["EVALFEEDBACK_RECORD"] == "1" {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded \(name); review the diff, then run the tests again", sourceLocation: sourceLocation)
            return
        }
        let wanted = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == wanted, "output differs from Expected/\(name)", sourceLocation: sourceLocation)
    }
}
