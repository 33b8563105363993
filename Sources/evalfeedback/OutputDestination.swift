import EvalFeedbackCore
import Foundation

/// Where a list or report goes: stdout, or a file created readable by its owner only
/// (follow-up lists carry personal data, R16).
enum OutputDestination {
    static func write(_ bytes: [UInt8], to path: String?) throws {
        guard let path else {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_CREAT | O_WRONLY | O_TRUNC, 0o600)
        guard fd >= 0 else { throw OutputError.cannotWrite(path, String(cString: strerror(errno))) }
        let written = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
        let closed = close(fd)
        guard written == bytes.count, closed == 0, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw OutputError.cannotWrite(path, reason)
        }
    }
}

/// A file that could not be written.
enum OutputError: Error, CustomStringConvertible {
    case cannotWrite(String, String)

    var description: String {
        switch self {
        case .cannotWrite(let path, let reason): "cannot write \(path) (\(reason)); check the folder and free space."
        }
    }
}
