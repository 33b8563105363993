import Foundation

/// The register's file, held open by this process for as long as its connections are, under
/// which two runs starting on a new (or older) register at once bring its schema up to date
/// one after the other (`flock`, which does not touch SQLite's own `fcntl` locks).
///
/// The descriptor is kept open, not closed once the schema is done: a POSIX record lock belongs
/// to the process, and closing any descriptor of the file drops every lock SQLite holds on it.
/// Among them is the shared lock that stops another process, closing last, from copying the
/// write-ahead log into the register and truncating it while this one still reads from it (a
/// short read of the log, "disk I/O error", seen when three imports started on a new register
/// at once). SQLite keeps its own descriptors open for the same reason.
final class RegisterFile: Sendable {
    private let descriptor: Int32

    /// Opens (creating it, readable by its owner only) the register at `path`, and waits for
    /// the exclusive lock.
    init(path: String) throws(StoreError) {
        descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        flock(descriptor, LOCK_EX)
    }

    /// Lets the next run bring the schema up to date (or see that it is), keeping the file open.
    func unlock() {
        flock(descriptor, LOCK_UN)
    }

    deinit {
        close(descriptor)
    }
}
