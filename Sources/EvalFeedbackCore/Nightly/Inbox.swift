public import Foundation

/// The exports folder as the nightly job finds it: what to import (oldest first), what is still
/// being written, and what is no export at all.
public struct Inbox: Sendable {
    /// A file ready to import.
    public struct File: Sendable, Equatable {
        /// Its path.
        public let url: URL
        /// Its size when the folder was read: a file that grew since is still being written.
        public let size: Int
        /// When it was last written.
        public let modified: Date

        /// Its name.
        public var name: String { url.lastPathComponent }

        /// True when the file still has the size it had when the folder was read.
        public var isUnchanged: Bool {
            ((try? FileManager.default.attributesOfItem(atPath: url.path)[.size]) as? Int) == size
        }
    }

    /// Exports to import, oldest first.
    public let ready: [File]
    /// Files written to in the last `settleSeconds`: the next run takes them.
    public let waiting: [String]
    /// Files that are no export, each with why: left alone, never an error.
    public let skipped: [(name: String, reason: String)]
    /// Exports in a form that cannot be read (a spreadsheet): left in the inbox, someone should look.
    public let unusable: [(name: String, reason: String)]

    /// Reads `folder` at `now`.
    public init(folder: URL, now: Date, settleSeconds: Int) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        var ready: [File] = []
        var waiting: [String] = []
        var skipped: [(String, String)] = []
        var unusable: [(String, String)] = []
        for name in names {
            let url = folder.appendingPathComponent(name)
            let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
            let size = attributes?[.size] as? Int ?? 0
            let modified = attributes?[.modificationDate] as? Date ?? now
            if let reason = Self.notAnExport(name: name, type: attributes?[.type] as? FileAttributeType, size: size) {
                skipped.append((name, reason))
            } else if let spreadsheet = Self.spreadsheet(name) {
                unusable.append((name, spreadsheet))
            } else if now.timeIntervalSince(modified) < Double(settleSeconds), modified < now.addingTimeInterval(60) {
                // A time in the future is a clock that is off, not a file being written.
                waiting.append(name)
            } else {
                ready.append(File(url: url, size: size, modified: modified))
            }
        }
        self.ready = ready.sorted { ($0.modified, $0.name) < ($1.modified, $1.name) }
        self.waiting = waiting
        self.skipped = skipped
        self.unusable = unusable
    }

    /// Why a spreadsheet cannot be imported as it is, or nil for other files.
    static func spreadsheet(_ name: String) -> String? {
        let suffix = (name as NSString).pathExtension.lowercased()
        guard ["xlsx", "xls", "ods", "numbers"].contains(suffix) else { return nil }
        return "a .\(suffix) spreadsheet, not a CSV export: save it as CSV (UTF-8) in the inbox"
    }

    /// Why a file is no export, or nil when it may be one.
    static func notAnExport(name: String, type: FileAttributeType?, size: Int) -> String? {
        if type == .typeDirectory { return "a folder" }
        if name.hasPrefix("~$") || name.hasPrefix(".~lock.") { return "an office program's lock file" }
        if name.hasPrefix(".") { return "a hidden file" }
        if size == 0 { return "empty" }
        let suffix = (name as NSString).pathExtension.lowercased()
        if spreadsheet(name) != nil { return nil }
        guard ["csv", "txt", "tsv", "tab"].contains(suffix) else {
            return suffix.isEmpty ? "not a CSV export" : "a .\(suffix) file, not a CSV export"
        }
        return nil
    }
}
