import Foundation

/// Keeps two nightly runs from overlapping. An exclusive `flock` on a file beside the database:
/// held while the run lasts and released by the system when the process ends, so that a lock
/// file left by a killed run never blocks the next night.
public final class NightlyLock {
    private let fd: CInt

    /// Takes the lock at `path`, or throws `NightlyError.busy` when another run holds it.
    public init(path: String) throws(NightlyError) {
        fd = open(path, O_CREAT | O_RDWR, 0o600)
        guard fd >= 0 else { throw .cannotLock(path: path, reason: String(cString: strerror(errno))) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            throw .busy(path: path)
        }
        let stamp = Array("pid \(getpid()) since \(Date().ISO8601Format())\n".utf8)
        ftruncate(fd, 0)
        _ = stamp.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}

/// Why the nightly job could not run.
public enum NightlyError: Error, Equatable, CustomStringConvertible {
    /// Another run holds the lock.
    case busy(path: String)
    /// The lock file cannot be made.
    case cannotLock(path: String, reason: String)
    /// A folder is missing from both the command line and the config file.
    case noInbox

    /// The message for cron's mail.
    public var description: String {
        switch self {
        case .busy(let path):
            "another nightly run is still busy (it holds \(path)); this one did nothing. If no run is busy, "
                + "the lock is released already: just run again."
        case .cannotLock(let path, let reason):
            "cannot make the lock file \(path) (\(reason)); check the database's folder is writable."
        case .noInbox:
            "no inbox: give --inbox DIR, or 'inbox' under 'nightly' in the config file."
        }
    }
}
