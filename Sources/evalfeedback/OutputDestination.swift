import EvalFeedbackCore
import Foundation

/// Where a list or report goes: stdout, or a file written whole, readable by its owner only
/// (follow-up lists carry personal data, R16).
enum OutputDestination {
    static func write(_ bytes: [UInt8], to path: String?) throws {
        guard let path else { return try toTerminal(bytes) }
        try AtomicFile.write(bytes, to: path)
    }

    /// Writes `bytes` to stdout, from the array itself: a list of a hundred thousand cases is
    /// 25 MB, and it may come in pieces as it is made.
    static func toTerminal(_ bytes: [UInt8]) throws {
        try FileHandle.standardOutput.write(contentsOf: bytes)
    }
}
