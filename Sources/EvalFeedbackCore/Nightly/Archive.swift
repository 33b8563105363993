public import Foundation

/// Where imported exports are kept: `ARCHIVE/YYYY/MM/`, the name kept. Nothing is ever deleted
/// or overwritten: a name already there gets a suffix (`export (2).csv`).
public struct Archive: Sendable {
    /// The archive's root folder.
    public let root: URL

    /// An archive in `root`.
    public init(root: URL) {
        self.root = root
    }

    /// Moves `file` into the month of `day`; returns where it went.
    public func keep(_ file: URL, on day: LocalDate) throws -> URL {
        let month = root.appendingPathComponent(String(day.year))
            .appendingPathComponent(day.month < 10 ? "0\(day.month)" : String(day.month))
        try FileManager.default.createDirectory(at: month, withIntermediateDirectories: true)
        let name = file.lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        let suffix = (name as NSString).pathExtension
        var target = month.appendingPathComponent(name)
        var copy = 2
        while FileManager.default.fileExists(atPath: target.path) {
            target = month.appendingPathComponent("\(stem) (\(copy))" + (suffix.isEmpty ? "" : ".\(suffix)"))
            copy += 1
        }
        try FileManager.default.moveItem(at: file, to: target)
        return target
    }
}
