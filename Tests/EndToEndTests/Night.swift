import Foundation
import TestSupport

/// A folder layout for the nightly job: inbox, archive and publish folders beside the register.
struct Night {
    let cli: CommandRunner
    var inbox: URL { cli.folder.appendingPathComponent("inbox") }
    var archive: URL { cli.folder.appendingPathComponent("archief") }
    var publish: URL { cli.folder.appendingPathComponent("publiek") }

    /// The folders, and a register with the fixtures' clients unless `newInstall`.
    init(newInstall: Bool = false) throws {
        cli = try CommandRunner()
        for folder in [inbox, archive, publish] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        if newInstall { return }
        _ = try cli.evalfeedback("clients", "import", Repository.fixtures.appendingPathComponent("clients.csv").path)
    }

    /// Drops a file into the inbox, written an hour ago (settled) unless `writing`.
    func drop(_ name: String, text: String? = nil, copying source: URL? = nil, writing: Bool = false) throws {
        let target = inbox.appendingPathComponent(name)
        try? FileManager.default.removeItem(at: target)
        if let source { try FileManager.default.copyItem(at: source, to: target) }
        if let text { try text.write(to: target, atomically: true, encoding: .utf8) }
        let when = writing ? Date() : Date(timeIntervalSinceNow: -3600)
        try FileManager.default.setAttributes([.modificationDate: when], ofItemAtPath: target.path)
    }

    func run(asOf day: String, _ extra: String...) throws -> CommandRunner.Result {
        try cli.run(arguments(asOf: day, extra))
    }

    /// Runs the night as `user`, who owns the register and may not write the archive.
    func run(as user: String, asOf day: String) throws -> CommandRunner.Result {
        try cli.run(as: user, arguments(asOf: day, []))
    }

    private func arguments(asOf day: String, _ extra: [String]) -> [String] {
        [
            "nightly", "--inbox", inbox.path, "--archive", archive.path, "--publish", publish.path,
            "--settle-seconds", "30", "--database", cli.database, "--as-of", day,
        ] + extra
    }

    /// The fixtures' export of Monday 23 November (16 responses, 6 flagged).
    static let monday = Repository.fixtures.appendingPathComponent("exports/2026-11-23-trainingen.csv")
    /// The fixtures' Excel export of Tuesday 24 November.
    static let tuesday = Repository.fixtures.appendingPathComponent("exports/2026-11-24-excel-export.csv")

    func inboxNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: inbox.path).sorted()
    }

    func archived() throws -> [String] {
        let month = archive.appendingPathComponent("2026/11")
        return ((try? FileManager.default.contentsOfDirectory(atPath: month.path)) ?? []).sorted()
    }

    func page(_ name: String) throws -> String {
        try String(contentsOf: publish.appendingPathComponent(name), encoding: .utf8)
    }
}
