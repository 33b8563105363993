/// Someone who signs in to the server: who they are, what they may see, how they sign in.
public struct WebUser: Sendable, Equatable {
    /// The user's number in the register.
    public let id: Int64
    /// What they type to sign in.
    public let login: String
    /// Their name as the case history records it (R13).
    public let name: String
    /// What they may see and do (R16).
    public let role: UserRole
    /// For a manager: the account manager's name as the clients file spells it (R15).
    public let manager: String?
    /// The bcrypt hash of their password; never the password.
    public let passwordHash: String
    /// The language of their pages: `nl` (the team's) or `en`.
    public let language: String
    /// The secret in the address of their calendar feed; nil until they make one.
    public let calendarToken: String?
    /// For an auditor: the lead allowed names, email addresses and free texts in the extract (R16).
    public let seesPersonalData: Bool
    /// The day the account was disabled; a disabled user cannot sign in and their sessions end.
    public let disabledOn: LocalDate?

    /// A user as the register holds them.
    public init(
        id: Int64, login: String, name: String, role: UserRole, manager: String?, passwordHash: String,
        language: String, calendarToken: String?, seesPersonalData: Bool, disabledOn: LocalDate?
    ) {
        self.id = id
        self.login = login
        self.name = name
        self.role = role
        self.manager = manager
        self.passwordHash = passwordHash
        self.language = language
        self.calendarToken = calendarToken
        self.seesPersonalData = seesPersonalData
        self.disabledOn = disabledOn
    }

    /// True while the account may sign in.
    public var isActive: Bool { disabledOn == nil }
}
