public import Foundation

/// A file in a fresh temporary folder, for tests that read real files; the folder goes when
/// the test process ends (`TemporaryFolder`).
public struct TemporaryFile {
    /// Where the file is.
    public let url: URL

    /// A file named `name` holding `bytes`.
    public init(name: String = "export.csv", bytes: [UInt8]) throws {
        url = try TemporaryFolder.make().appendingPathComponent(name)
        try Data(bytes).write(to: url)
    }

    /// A file named `name` holding `text` as UTF-8.
    public init(name: String = "export.csv", text: String) throws {
        try self.init(name: name, bytes: Array(text.utf8))
    }
}
