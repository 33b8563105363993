public import Foundation
import CoreFoundation

/// The exports folder as the nightly job finds it: what to import (oldest first), what is still
/// being written, and what is no export at all.
///
/// Entries are looked at with `lstat`, never following a link: what a link points to is none
/// of the job's business (see `InboxFile`, which opens what is to be imported).
public struct Inbox: Sendable {
    /// An entry that looks like an export to import.
    public struct Entry: Sendable, Equatable {
        /// Its name in the inbox.
        public let name: String
        /// Its size when the folder was read: a file that grew since is still being written.
        public let size: Int
        /// When it was last written.
        public let modified: Date
    }

    /// The folder read.
    public let folder: URL
    /// Exports to import, oldest first.
    public let ready: [Entry]
    /// Files written to in the last `settleSeconds`: the next run takes them.
    public let waiting: [String]
    /// Entries that are no export, each with why: left alone, never an error.
    public let skipped: [(name: String, reason: String)]
    /// Exports in a form that cannot be read (an old spreadsheet): left in the inbox, someone should look.
    public let unusable: [(name: String, reason: String)]

    /// Reads `folder` at `now`.
    public init(folder: URL, now: Date, settleSeconds: Int) throws {
        self.folder = folder
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        var ready: [Entry] = []
        var waiting: [String] = []
        var skipped: [(String, String)] = []
        var unusable: [(String, String)] = []
        for name in names {
            var status = stat()
            guard lstat(folder.appendingPathComponent(name).path, &status) == 0 else {
                skipped.append((name, InboxRefusal.unreadable(String(cString: strerror(errno))).description))
                continue
            }
            let size = Int(status.st_size)
            let modified = Date(
                timeIntervalSince1970: Double(status.st_mtim.tv_sec) + Double(status.st_mtim.tv_nsec) / 1e9)
            let kind = InboxRefusal.kind(of: status.st_mode) ?? .special("not a regular file")
            if kind != .regular {
                skipped.append((name, kind.description))
            } else if let reason = Self.notAnExport(name: name, size: size) {
                skipped.append((name, reason))
            } else if let spreadsheet = Self.unreadableSpreadsheet(name) {
                unusable.append((name, spreadsheet))
            } else if now.timeIntervalSince(modified) < Double(settleSeconds), modified < now.addingTimeInterval(60) {
                // A time in the future is a clock that is off, not a file being written.
                waiting.append(name)
            } else {
                ready.append(Entry(name: name, size: size, modified: modified))
            }
        }
        self.ready = ready.sorted { ($0.modified, $0.name) < ($1.modified, $1.name) }
        self.waiting = waiting
        self.skipped = skipped
        self.unusable = unusable
    }

    /// The spreadsheets the import reads as they are.
    static let readableSpreadsheets: Set<String> = ["xlsx"]

    /// Why a spreadsheet cannot be imported as it is, or nil for other files.
    static func unreadableSpreadsheet(_ name: String) -> String? {
        let suffix = (name as NSString).pathExtension.lowercased()
        guard ["xls", "ods", "numbers"].contains(suffix) else { return nil }
        return "a .\(suffix) spreadsheet: save it as .xlsx or as CSV (UTF-8) in the inbox"
    }

    /// Why a regular file is no export, or nil when it may be one.
    static func notAnExport(name: String, size: Int) -> String? {
        if name.hasPrefix("~$") || name.hasPrefix(".~lock.") { return "an office program's lock file" }
        if name.hasPrefix(".") { return "a hidden file" }
        if size == 0 { return "empty" }
        let suffix = (name as NSString).pathExtension.lowercased()
        if unreadableSpreadsheet(name) != nil || readableSpreadsheets.contains(suffix) { return nil }
        guard ["csv", "txt", "tsv", "tab"].contains(suffix) else {
            return suffix.isEmpty ? "not a CSV export" : "a .\(suffix) file, not a CSV export"
        }
        return nil
    }
}
