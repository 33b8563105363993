public import Foundation

/// The repository the tests run in, found from this file's path: its fixtures, docs and
/// scripts are read by the tests of every target.
public enum Repository {
    /// The package's root folder.
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// `fixtures/`: realistic exports and a clients file.
    public static let fixtures = root.appendingPathComponent("fixtures")
}
