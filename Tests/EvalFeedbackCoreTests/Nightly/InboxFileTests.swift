import Foundation
import TestSupport
import Testing

@testable import EvalFeedbackCore

/// The inbox's files are checked where they are opened, not where they were looked at: a name
/// swapped for a link, a pipe or another file between the two changes nothing.
@Suite("Opening the inbox's files")
struct InboxFileTests {
    private static func inbox(with name: String, text: String) throws -> (folder: URL, file: URL, secret: URL) {
        let export = try TemporaryFile(name: name, text: text)
        let folder = export.url.deletingLastPathComponent()
        let secret = try TemporaryFile(name: "shadow", text: "root:GEHEIM\n").url
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: export.url.path)
        return (folder, export.url, secret)
    }

    @Test("A file swapped for a link after the folder was read is refused as a link, and its target never opened")
    func swappedForLink() throws {
        let (folder, file, secret) = try Self.inbox(with: "export.csv", text: "a,b\n1,2\n")
        let found = try Inbox(folder: folder, now: Date(), settleSeconds: 60)
        #expect(found.ready.map(\.name) == ["export.csv"])
        try FileManager.default.removeItem(at: file)
        try FileManager.default.createSymbolicLink(at: file, withDestinationURL: secret)
        #expect(throws: InboxRefusal.link) { try InboxFile(folder: folder, name: "export.csv") }
    }

    @Test("A file swapped for a named pipe is refused at once, without waiting for a writer")
    func swappedForPipe() throws {
        let (folder, file, _) = try Self.inbox(with: "export.csv", text: "a,b\n1,2\n")
        _ = try Inbox(folder: folder, now: Date(), settleSeconds: 60)
        try FileManager.default.removeItem(at: file)
        #expect(mkfifo(file.path, 0o644) == 0)
        #expect(throws: InboxRefusal.special("a named pipe (FIFO), not a file")) {
            try InboxFile(folder: folder, name: "export.csv")
        }
    }

    @Test("Once opened, the file read is the one checked, even when the name is swapped; it is then not archived")
    func swappedAfterOpening() throws {
        let (folder, file, secret) = try Self.inbox(with: "export.csv", text: "de echte export\n")
        let opened = try InboxFile(folder: folder, name: "export.csv")
        try FileManager.default.removeItem(at: file)
        try FileManager.default.createSymbolicLink(at: file, withDestinationURL: secret)
        #expect(try String(contentsOf: opened.readablePath, encoding: .utf8) == "de echte export\n")
        let archive = folder.appendingPathComponent("archief")
        #expect(throws: ArchiveError.swapped(name: "export.csv")) {
            try Archive(root: archive).keep(opened, on: LocalDate(checked: 2026, 11, 23))
        }
        #expect(try String(contentsOf: secret, encoding: .utf8) == "root:GEHEIM\n", "the link's target untouched")
        #expect(FileManager.default.fileExists(atPath: file.path), "the link is left where it is")
    }

    @Test("The inbox names links, folders and pipes as what they are, and never lists them as exports")
    func kinds() throws {
        let (folder, _, secret) = try Self.inbox(with: "export.csv", text: "a,b\n1,2\n")
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("link.csv"), withDestinationURL: secret)
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("map.csv"), withIntermediateDirectories: true)
        #expect(mkfifo(folder.appendingPathComponent("pijp.csv").path, 0o644) == 0)
        let found = try Inbox(folder: folder, now: Date(), settleSeconds: 60)
        #expect(found.ready.map(\.name) == ["export.csv"])
        let skipped = Dictionary(uniqueKeysWithValues: found.skipped.map { ($0.name, $0.reason) })
        #expect(skipped["link.csv"]?.hasPrefix("a symbolic link") == true)
        #expect(skipped["map.csv"] == "a folder")
        #expect(skipped["pijp.csv"] == "a named pipe (FIFO), not a file")
    }
}
