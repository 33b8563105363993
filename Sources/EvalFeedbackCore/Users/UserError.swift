/// Why a user could not be added or changed. Nothing was changed.
public enum UserError: Error, Equatable, CustomStringConvertible {
    /// Another user has this login.
    case loginTaken(String)
    /// Another user has this name: the history could not tell them apart (R13).
    case nameTaken(String)
    /// No user has this login.
    case unknownLogin(String)
    /// The login has characters a login may not have.
    case badLogin(String)
    /// A manager needs the account manager's name; other roles have none.
    case managerName(role: UserRole)
    /// An empty name.
    case emptyName

    /// The message for the user.
    public var description: String {
        switch self {
        case .loginTaken(let login):
            "there is a user '\(login)' already; choose another login, or change theirs with 'user password'. "
                + "Nothing was changed."
        case .nameTaken(let name):
            "another user is called '\(name)'; the case history would not tell them apart (R13). Add a "
                + "surname or an initial. Nothing was changed."
        case .unknownLogin(let login):
            "there is no user '\(login)'; 'evalfeedback-server user list' lists them. Nothing was changed."
        case .badLogin(let login):
            "'\(login)' is not a login: use 1 to 64 letters, digits, '.', '-' or '_'. Nothing was changed."
        case .managerName(let role):
            role == .manager
                ? "a manager needs --manager, the account manager's name as the clients file spells it (R15). "
                    + "Nothing was changed."
                : "--manager is for the manager role only. Nothing was changed."
        case .emptyName:
            "the name is empty; give the name the case history should show (R13). Nothing was changed."
        }
    }
}
