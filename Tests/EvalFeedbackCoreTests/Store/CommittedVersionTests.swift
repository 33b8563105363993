import Foundation
import GRDB
import TestSupport
import Testing

@testable import EvalFeedbackCore

/// The number by which the server keeps its pages (`PageCache`) changes with every commit,
/// whoever makes it (issue 23).
@Suite("The register's committed version")
struct CommittedVersionTests {
    @Test("The committed version stays while nobody commits, and changes with a commit by another process")
    func committedVersion() throws {
        let path = try TemporaryFolder.make(prefix: "version").appendingPathComponent("r.sqlite").path
        let server = try AppDatabase.open(at: path, readers: 2)
        let first = try #require(try server.committedVersion())
        _ = try server.followUpList(on: try require(LocalDate("2026-11-26")), manager: nil)
        #expect(try server.committedVersion() == first, "reading commits nothing")
        // Another process: Python's sqlite3 on the same file.
        let python = try ChildProcess.python([
            "-c",
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
                + "c.execute(\"INSERT INTO client (client_key, name, manager_name) VALUES ('x', 'X', 'Y')\"); c.commit()",
            path,
        ])
        #expect(python.status == 0, "\(python.errors)")
        let second = try #require(try server.committedVersion())
        #expect(second != first)
        // This process's own writes count as well: the server's steps.
        try server.importText([canonicalHeader, row("R-1", scores: ["5", "8", "8", "8"])].joined(separator: "\n"))
        #expect(try server.committedVersion() != second)
        #expect(try AppDatabase.inMemory().committedVersion() == nil, "nothing to keep pages for")
    }
}
