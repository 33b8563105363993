import Foundation

/// Why a file could not be imported at all. Problems with single records are not errors:
/// they become warnings (R4) or rejects (R5), and the file's other records still count.
public enum ImportError: Error, Equatable, CustomStringConvertible {
    /// The file cannot be opened or read.
    case unreadable(file: String, reason: String)
    /// The file has no header line.
    case empty(file: String)
    /// An Excel workbook that cannot be read: encrypted, an old .xls, damaged, or a zip bomb.
    case badWorkbook(file: String, problem: WorkbookProblem)
    /// The file grew or shrank while it was read: it is still being written.
    case changedWhileReading(file: String)
    /// The file's first rows are not the header rows the tool given with `--profile` writes.
    case wrongProfile(file: String, profile: ExportProfile, problem: HeaderMismatch)
    /// Required columns are missing from the header; `profile` is the tool the file was read as.
    case missingColumns(
        file: String, line: Int, missing: [String], expected: [String], found: [String], profile: ExportProfile? = nil)

    /// The message for the user: where, what, and what to do.
    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            "\(file): cannot be read (\(reason)). Check the path and the file's permissions, then import again."
        case .empty(let file):
            "\(file): there is no header line (the file is empty or holds no readable line). Export the evaluations again."
        case .badWorkbook(let file, let problem):
            "\(file): cannot be read as an Excel workbook: \(problem.text). Nothing of it was imported. Open it in Excel "
                + "and save it again as .xlsx or as CSV UTF-8, then import that file."
        case .changedWhileReading(let file):
            "\(file): the file changed while it was read (it is still being written); nothing of it was imported. "
                + "Import it again once it is complete."
        case .wrongProfile(let file, let profile, let problem):
            "\(file): not read as a \(profile.displayName) export: \(problem.text). Check --profile (or 'profile' in the mapping file), "
                + "or leave it out to have the tool detected; 'evalfeedback inspect \(file.shellQuoted)' shows what is found."
        case .missingColumns(let file, let line, let missing, let expected, let found, let profile):
            "\(file):\(line): no column for \(missing.joined(separator: ", ")) "
                + "(found: \(Self.quoted(found))). "
                + (profile.map { "Read as a \($0.displayName) export, its questions did not name these scores. " }
                    ?? "This is not an export of a known survey tool, and these are not the canonical columns "
                    + "(\(expected.joined(separator: ", "))) or survey questions about them. ")
                + "Run 'evalfeedback inspect \(file.shellQuoted)' to see what was recognised, then name the columns in a "
                + "mapping file (--mapping; see docs/survey-tools.md) and import again."
        }
    }
}

extension ImportError {
    /// The header cells a message quotes: at most twenty, each at most 40 printable characters.
    /// A file that is no export may hold anything (a password file dropped into the inbox), so
    /// a message never repeats more than a short, printable part of it.
    public static func quoted(_ cells: [String]) -> String {
        let shown = cells.prefix(20).map { cell -> String in
            let printable = String(
                String.UnicodeScalarView(
                    cell.unicodeScalars.filter { !$0.isControl && !$0.isLineBreak && !$0.isDisplayTrick }))
            if printable.isEmpty { return "(empty)" }
            return printable.count > 40 ? printable.prefix(39) + "…" : printable
        }
        let more = cells.count > 20 ? " and \(cells.count - 20) more" : ""
        return shown.joined(separator: ", ") + more
    }

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
