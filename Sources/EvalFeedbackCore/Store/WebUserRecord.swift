import GRDB

/// A user of the web pages as `web_user` stores them.
struct WebUserRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "web_user"

    /// The table's columns.
    enum Columns {
        static let id = Column(CodingKeys.id)
        /// Compared without regard to case: the column's collation is NOCASE.
        static let login = Column(CodingKeys.login)
        static let name = Column(CodingKeys.name)
        static let nameKey = Column(CodingKeys.nameKey)
        static let role = Column(CodingKeys.role)
        static let manager = Column(CodingKeys.manager)
        static let passwordHash = Column(CodingKeys.passwordHash)
        static let language = Column(CodingKeys.language)
        static let calendarToken = Column(CodingKeys.calendarToken)
        static let personalData = Column(CodingKeys.personalData)
        static let disabledOn = Column(CodingKeys.disabledOn)
        static let createdOn = Column(CodingKeys.createdOn)
    }

    enum CodingKeys: String, CodingKey {
        case id, login, name, role, manager, language
        case nameKey = "name_key"
        case passwordHash = "password_hash"
        case calendarToken = "calendar_token"
        case personalData = "personal_data"
        case disabledOn = "disabled_on"
        case createdOn = "created_on"
    }

    /// The user's number: nil until inserted.
    var id: Int64?
    var login: String
    var name: String
    /// `ClientKey.of(name)`: two users whose names differ only in case or accents would be one
    /// person in the history (R13).
    var nameKey: String
    /// A `UserRole`.
    var role: String
    var manager: String?
    var passwordHash: String
    var language: String
    var calendarToken: String?
    var personalData: Bool
    /// `yyyy-MM-dd`; nil while the account is active.
    var disabledOn: String?
    var createdOn: String

    /// A new user's record.
    init(
        login: String, name: String, nameKey: String, role: String, manager: String?, passwordHash: String,
        language: String, personalData: Bool, createdOn: String
    ) {
        self.login = login
        self.name = name
        self.nameKey = nameKey
        self.role = role
        self.manager = manager
        self.passwordHash = passwordHash
        self.language = language
        self.personalData = personalData
        self.createdOn = createdOn
    }

    /// The user as the library knows them. A role this version does not know is the least
    /// one (`team`), and a day of disabling that is no date leaves the account active, as
    /// before these were records.
    var user: WebUser {
        WebUser(
            id: id ?? 0, login: login, name: name, role: UserRole(rawValue: role) ?? .team, manager: manager,
            passwordHash: passwordHash, language: language, calendarToken: calendarToken,
            seesPersonalData: personalData, disabledOn: disabledOn.flatMap(LocalDate.init))
    }
}
