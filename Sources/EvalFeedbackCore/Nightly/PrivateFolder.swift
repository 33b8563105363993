import Foundation

/// Folders for files that hold personal data (the archive, the pages): each one made here is
/// readable by its owner only (0700, R16). Folders that are there already are left as they are:
/// who may read a shared folder is its owner's choice.
enum PrivateFolder {
    /// Makes `folder` and any missing parent.
    static func make(_ folder: URL) throws(PrivateFolderError) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw PrivateFolderError(path: folder.path, reason: "a file is in its place")
            }
            return
        }
        try make(folder.deletingLastPathComponent())
        guard mkdir(folder.path, 0o700) == 0 || errno == EEXIST else {
            throw PrivateFolderError(path: folder.path, reason: String(cString: strerror(errno)))
        }
    }
}

/// A folder that could not be made.
struct PrivateFolderError: Error, CustomStringConvertible {
    /// The folder, or the parent that stood in the way.
    let path: String
    /// The system's reason.
    let reason: String

    var description: String { "\(path): \(reason)" }
}
