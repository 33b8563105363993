/// Why a list or report could not be made.
public enum ListError: Error, CustomStringConvertible, Equatable {
    /// No client in the clients file has this account manager.
    case unknownManager(String, known: [String])
    /// `case assign` names a manager nobody knows, without `--new-manager`.
    case unknownAssignee(String, known: [String])
    /// A stored date (of case `case`, when a case's) is not a date: the database was changed
    /// outside evalfeedback.
    case corruptDate(case: Int64?, column: String, value: String)
    /// No file of this name was ever imported; `recent` are the names imported last.
    case unknownFile(String, recent: [String])
    /// A stored value of case `case` is none this version knows: the database was changed
    /// outside evalfeedback.
    case corruptValue(case: Int64, column: String, value: String, known: [String])

    /// The message for the user: where, what, and what to do.
    public var description: String {
        switch self {
        case .unknownManager(let name, let known):
            "no account manager named '\(name)' (known: \(known.isEmpty ? "none; import a clients file first with 'evalfeedback clients import FILE'" : known.joined(separator: ", ")))."
        case .unknownAssignee(let name, let known):
            "no account manager named '\(name)' (known: \(known.isEmpty ? "none" : known.joined(separator: ", "))). "
                + "Check the spelling, or add --new-manager if '\(name)' is a new account manager. Nothing was changed."
        case .unknownFile(let name, let recent):
            "no file named '\(name)' was ever imported"
                + (recent.isEmpty
                    ? "; nothing has been imported yet."
                    : " (imported last: \(recent.joined(separator: ", "))). Give the name as the import summary shows it.")
        case .corruptDate(let id, let column, let value):
            "\(id.map { "case \($0): " } ?? "")the database holds '\(value)' in \(column), which is not a date (yyyy-MM-dd); "
                + "correct it with sqlite3 or restore a backup. Nothing was listed, so that no case is left out."
        case .corruptValue(let id, let column, let value, let known):
            "case \(id): the database holds '\(value)' in \(column), which is none of \(known.joined(separator: ", ")); "
                + "correct it with sqlite3 or restore a backup. Nothing was listed, so that no case is left out."
        }
    }
}
