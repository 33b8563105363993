public import Foundation
import CoreFoundation

/// One export in the inbox, opened before anything is read from it.
///
/// The inbox is shared: anyone who can drop a file there could drop a symbolic link to a file
/// only the register's owner may read, or swap a checked file for such a link before it is
/// opened. So the name is opened without following links and without waiting on a pipe, and
/// what was opened is checked (`fstat`), never the name looked at: a regular file, or nothing.
/// The import then reads through this descriptor's own path (`/proc/self/fd/N`), which stays
/// the file that was checked whatever happens to the name.
public final class InboxFile: @unchecked Sendable {
    /// The name in the inbox.
    public let name: String
    /// Where the name is.
    public let url: URL
    /// The open descriptor; closed with the object.
    let descriptor: CInt
    /// What `fstat` said when it was opened.
    let status: stat

    /// Opens `name` in `folder`, or says why it is not a file to import.
    public init(folder: URL, name: String) throws(InboxRefusal) {
        self.name = name
        url = folder.appendingPathComponent(name)
        let fd = open(url.path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard fd >= 0 else {
            let code = errno
            throw code == ELOOP ? .link : .unreadable(String(cString: strerror(code)))
        }
        var status = stat()
        guard fstat(fd, &status) == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw .unreadable(reason)
        }
        guard let kind = InboxRefusal.kind(of: status.st_mode), kind == .regular else {
            close(fd)
            throw InboxRefusal.kind(of: status.st_mode) ?? .special("not a regular file")
        }
        // Reads from here on block as usual (the file is regular: O_NONBLOCK only kept a
        // pipe from hanging the open).
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        descriptor = fd
        self.status = status
    }

    deinit { close(descriptor) }

    /// A path that opens the very file this descriptor holds.
    public var readablePath: URL {
        #if os(Linux)
            URL(fileURLWithPath: "/proc/self/fd/\(descriptor)")
        #else
            URL(fileURLWithPath: "/dev/fd/\(descriptor)")
        #endif
    }

    /// Its size when it was opened.
    public var size: Int { Int(status.st_size) }

    /// True when the inbox's name still names this very file (not a link or another file
    /// swapped in since): only then may the name be moved or removed.
    var nameIsStillThisFile: Bool {
        var now = stat()
        return lstat(url.path, &now) == 0 && now.st_dev == status.st_dev && now.st_ino == status.st_ino
    }

    /// True when the register's owner owns the file (and so may make it private).
    var isOwnedByMe: Bool { status.st_uid == geteuid() }
}

/// Why an entry of the inbox is not opened as an export. The note names the entry only: never
/// a link's target, never a word of its content.
public enum InboxRefusal: Error, Equatable, CustomStringConvertible {
    /// A regular file: no refusal (used only to compare kinds).
    case regular
    /// A symbolic link.
    case link
    /// A folder.
    case folder
    /// A pipe, socket or device.
    case special(String)
    /// The file cannot be opened.
    case unreadable(String)

    /// The kind of an entry from its mode, nil when it is none of the known kinds.
    static func kind(of mode: mode_t) -> InboxRefusal? {
        switch mode & S_IFMT {
        case S_IFREG: .regular
        case S_IFLNK: .link
        case S_IFDIR: .folder
        case S_IFIFO: .special("a named pipe (FIFO), not a file")
        case S_IFSOCK: .special("a socket, not a file")
        case S_IFCHR, S_IFBLK: .special("a device, not a file")
        default: nil
        }
    }

    /// The note for the summary.
    public var description: String {
        switch self {
        case .regular: "a file"
        case .link: "a symbolic link: links in the inbox are never followed; put the export itself there"
        case .folder: "a folder"
        case .special(let what): what
        case .unreadable(let reason): "cannot be opened (\(reason))"
        }
    }
}
