import Foundation

/// Writes a file all at once: to a temporary file beside it, then renamed into place, so that
/// a reader (a manager opening a page from the shared folder) never sees half of it. Created
/// readable by its owner only: lists carry personal data (R16).
public enum AtomicFile {
    /// Writes `bytes` to `path`, replacing what was there.
    public static func write(_ bytes: [UInt8], to path: String) throws(AtomicFileError) {
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_CREAT | O_WRONLY | O_TRUNC, 0o600)
        guard fd >= 0 else { throw .cannotWrite(path, String(cString: strerror(errno))) }
        let written = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
        let synced = fsync(fd)
        let closed = close(fd)
        guard written == bytes.count, synced == 0, closed == 0, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .cannotWrite(path, reason)
        }
    }
}

/// A file that could not be written.
public enum AtomicFileError: Error, CustomStringConvertible {
    /// The path and the system's reason.
    case cannotWrite(String, String)

    /// The message for the user.
    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason): "cannot write \(path) (\(reason)); check the folder and free space."
        }
    }
}
