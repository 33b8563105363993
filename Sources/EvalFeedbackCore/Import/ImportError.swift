import Foundation

/// Why a file could not be imported at all. Problems with single records are not errors:
/// they become warnings (R4) or rejects (R5), and the file's other records still count.
public enum ImportError: Error, Equatable, CustomStringConvertible {
    /// The file cannot be opened or read.
    case unreadable(file: String, reason: String)
    /// The file has no header line.
    case empty(file: String)
    /// The file grew or shrank while it was read: it is still being written.
    case changedWhileReading(file: String)
    /// The file's first rows are not the header rows the tool given with `--profile` writes.
    case wrongProfile(file: String, profile: String, problem: String)
    /// Required columns are missing from the header; `recognised` says what each column was read as.
    case missingColumns(
        file: String, line: Int, missing: [String], expected: [String], found: [String], recognised: [String] = [],
        profile: String? = nil)

    /// The message for the user: where, what, and what to do.
    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            "\(file): cannot be read (\(reason)). Check the path and the file's permissions, then import again."
        case .empty(let file):
            "\(file): there is no header line (the file is empty or holds no readable line). Export the evaluations again."
        case .changedWhileReading(let file):
            "\(file): the file changed while it was read (it is still being written); nothing of it was imported. "
                + "Import it again once it is complete."
        case .wrongProfile(let file, let profile, let problem):
            "\(file): not read as a \(profile) export: \(problem). Check --profile (or 'profile' in the mapping file), "
                + "or leave it out to have the tool detected; 'evalfeedback inspect \(file)' shows what is found."
        case .missingColumns(let file, let line, let missing, let expected, let found, _, let profile):
            "\(file):\(line): no column for \(missing.joined(separator: ", ")) "
                + "(found: \(found.map { $0.isEmpty ? "(empty)" : $0 }.joined(separator: ", "))). "
                + (profile.map { "Read as a \($0) export, its questions did not name these scores. " }
                    ?? "This is not an export of a known survey tool, and these are not the canonical columns "
                    + "(\(expected.joined(separator: ", "))) or survey questions about them. ")
                + "Run 'evalfeedback inspect \(file)' to see what was recognised, then name the columns in a "
                + "mapping file (--mapping; see 'Mapping files' in the README) and import again."
        }
    }
}

extension ImportError {
    /// The error for a file that could not be read, in words a user can act on.
    static func unreadable(file: String, url: URL, error: any Error) -> ImportError {
        var isFolder: ObjCBool = false
        let reason: String
        if !FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) {
            reason = "there is no such file"
        } else if isFolder.boolValue {
            reason = "it is a folder, not a file"
        } else if !FileManager.default.isReadableFile(atPath: url.path) {
            reason = "permission denied"
        } else {
            reason = (error as NSError).localizedDescription
        }
        return .unreadable(file: file, reason: reason)
    }
}
