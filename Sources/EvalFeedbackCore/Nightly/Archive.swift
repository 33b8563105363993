public import Foundation

/// Where imported exports are kept: `ARCHIVE/YYYY/MM/`, the name kept; a name already there
/// gets a suffix (`export (2).csv`), so nothing is overwritten. Exports hold names, email
/// addresses and comments: the folders it makes are 0700 and every archived file is 0600,
/// owned by the register's owner. The retention purge deletes an archived export once the
/// register has purged its responses (R17, `ArchivePurge`).
public struct Archive: Sendable {
    /// The archive's root folder.
    public let root: URL

    /// An archive in `root`.
    public init(root: URL) {
        self.root = root
    }

    /// Moves `file` out of the inbox into the month of `day`; returns where it went.
    ///
    /// A file the register's owner owns is linked into place (no copy, no space needed) and
    /// made private; another user's file, or one on another file system, is copied from the
    /// descriptor that was imported, so that the archived copy is the owner's and private.
    /// The inbox's name is removed only while it still names that very file.
    public func keep(_ file: InboxFile, on day: LocalDate) throws(ArchiveError) -> URL {
        let month = root.appendingPathComponent(String(day.year))
            .appendingPathComponent(day.month < 10 ? "0\(day.month)" : String(day.month))
        do {
            try PrivateFolder.make(month)
        } catch {
            throw .cannotWrite(path: error.path, reason: error.reason)
        }
        guard file.nameIsStillThisFile else { throw .swapped(name: file.name) }
        let name = file.name
        let stem = (name as NSString).deletingPathExtension
        let suffix = (name as NSString).pathExtension
        var copy = 1
        while true {
            let target =
                copy == 1
                ? month.appendingPathComponent(name)
                : month.appendingPathComponent("\(stem) (\(copy))" + (suffix.isEmpty ? "" : ".\(suffix)"))
            copy += 1
            if file.isOwnedByMe, link(file.url.path, target.path) == 0 {
                fchmod(file.descriptor, 0o600)
            } else if file.isOwnedByMe, errno == EEXIST {
                continue
            } else {
                // Another user's file, or another file system (EXDEV) or one without links.
                switch Self.copy(file, to: target) {
                case .success: break
                case .failure(.exists): continue
                case .failure(let error): throw error
                }
            }
            if unlink(file.url.path) != 0 {
                throw .cannotWrite(path: file.url.path, reason: String(cString: strerror(errno)))
            }
            return target
        }
    }

    /// Copies the imported descriptor's bytes into a new private file at `target`.
    private static func copy(_ file: InboxFile, to target: URL) -> Result<Void, ArchiveError> {
        let out = open(target.path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard out >= 0 else {
            return .failure(
                errno == EEXIST ? .exists : .cannotWrite(path: target.path, reason: String(cString: strerror(errno))))
        }
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var offset: off_t = 0
        var failure: String?
        while failure == nil {
            let read = buffer.withUnsafeMutableBytes { pread(file.descriptor, $0.baseAddress, $0.count, offset) }
            if read == 0 { break }
            guard read > 0 else {
                failure = String(cString: strerror(errno))
                break
            }
            var done = 0
            while done < read {
                let written = buffer[done..<read].withUnsafeBytes { write(out, $0.baseAddress, $0.count) }
                guard written > 0 else {
                    failure = String(cString: strerror(errno))
                    break
                }
                done += written
            }
            offset += off_t(read)
        }
        if failure == nil, fsync(out) != 0 { failure = String(cString: strerror(errno)) }
        if close(out) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(target.path)
            return .failure(.cannotWrite(path: target.path, reason: failure))
        }
        return .success(())
    }
}

/// Why an imported export could not be archived. The night goes on: it is named in the summary.
public enum ArchiveError: Error, Equatable, CustomStringConvertible {
    /// A folder or file in the archive cannot be written (permissions, a full disk, a file in a folder's place).
    case cannotWrite(path: String, reason: String)
    /// The inbox's name no longer names the file that was imported.
    case swapped(name: String)
    /// The target name is taken (tried with the next suffix; never shown).
    case exists

    /// The message for the summary.
    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason): "\(path): \(reason)"
        case .swapped(let name): "\(name) was replaced in the inbox while it was imported; it was left there"
        case .exists: "the name is taken"
        }
    }
}
