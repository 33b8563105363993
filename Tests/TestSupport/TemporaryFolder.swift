public import Foundation

/// Fresh folders for tests, removed when the test process ends, not before: a test may hand a
/// path on and drop its value.
public enum TemporaryFolder {
    /// A new, empty folder under the system's temporary folder.
    public static func make(prefix: String = "evalfeedback") throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        removeAtExit(folder)
        return folder
    }

    nonisolated(unsafe) private static var folders: [URL] = []
    private static let lock = NSLock()
    private static let registered: Void = { atexit { TemporaryFolder.removeAll() } }()

    private static func removeAtExit(_ folder: URL) {
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
