import Foundation

/// A file in a fresh temporary folder, for tests that read real files. The folder is removed
/// when the test process ends, not before: a test may hand the file's URL on and drop the value.
struct TemporaryFile {
    let url: URL

    init(name: String = "export.csv", bytes: [UInt8]) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("evalfeedback-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        TemporaryFolders.removeAtExit(folder)
        url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
    }

    init(name: String = "export.csv", text: String) throws {
        try self.init(name: name, bytes: Array(text.utf8))
    }
}

/// Reads a file with the importer's reader and returns what it saw, decoded as UTF-8.
func readRecords(_ file: TemporaryFile) throws -> (
    records: [(line: Int, fields: [String])], faults: [(line: Int, reason: String, raw: String)]
) {
    let reader = try CSVReaderHarness(url: file.url)
    return try reader.run()
}

/// The temporary folders tests made, removed when the process exits.
enum TemporaryFolders {
    nonisolated(unsafe) private static var folders: [URL] = []
    private static let lock = NSLock()
    private static let registered: Void = { atexit { TemporaryFolders.removeAll() } }()

    static func removeAtExit(_ folder: URL) {
        lock.lock()
        defer { lock.unlock() }
        _ = registered
        folders.append(folder)
    }

    private static func removeAll() {
        lock.lock()
        defer { lock.unlock() }
        for folder in folders { try? FileManager.default.removeItem(at: folder) }
    }
}
