import Foundation

/// A file in a fresh temporary folder, for tests that read real files.
struct TemporaryFile {
    let url: URL

    init(name: String = "export.csv", bytes: [UInt8]) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("evalfeedback-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
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
