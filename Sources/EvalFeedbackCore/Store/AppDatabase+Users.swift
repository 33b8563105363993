import Foundation
import GRDB

/// A new user, as `user add` gives them.
public struct NewUser: Sendable, Equatable {
    /// What they type to sign in.
    public var login: String
    /// Their name in the case history (R13).
    public var name: String
    /// What they may see and do.
    public var role: UserRole
    /// For a manager, the account manager's name (R15).
    public var manager: String?
    /// The bcrypt hash of their password.
    public var passwordHash: String

    /// A user to add.
    public init(login: String, name: String, role: UserRole, manager: String?, passwordHash: String) {
        self.login = login
        self.name = name
        self.role = role
        self.manager = manager
        self.passwordHash = passwordHash
    }
}

extension AppDatabase {
    /// Adds a user; refuses a login or a name another user has (the history tells people apart
    /// by name, R13), a manager without the account manager's name, and `--manager` on another role.
    @discardableResult
    public func addUser(_ user: NewUser, on today: LocalDate) throws -> WebUser {
        let login = user.login.trimmed
        guard (1...64).contains(login.count),
            login.unicodeScalars.allSatisfy({
                $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0))
            })
        else { throw UserError.badLogin(user.login) }
        guard let name = user.name.collapsedToOneLine.trimmedOrNil else { throw UserError.emptyName }
        let manager = user.manager?.collapsedToOneLine.trimmedOrNil
        if (user.role == .manager) != (manager != nil) { throw UserError.managerName(role: user.role) }
        return try writer.write { db in
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM web_user WHERE login = ?)", arguments: [login])
                == true
            {
                throw UserError.loginTaken(login)
            }
            if try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM web_user WHERE name_key = ?)", arguments: [ClientKey.of(name)])
                == true
            {
                throw UserError.nameTaken(name)
            }
            try db.execute(
                sql: """
                    INSERT INTO web_user (login, name, name_key, role, manager, password_hash, language, created_on)
                    VALUES (?, ?, ?, ?, ?, ?, 'nl', ?)
                    """,
                arguments: [
                    login, name, ClientKey.of(name), user.role.rawValue, manager, user.passwordHash, today.description,
                ])
            guard let added = try Self.fetchUser(db, "id = ?", db.lastInsertedRowID) else {
                throw UserError.unknownLogin(login)
            }
            return added
        }
    }

    /// Every user, by login.
    public func users() throws -> [WebUser] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM web_user ORDER BY login").map(Self.user(from:))
        }
    }

    /// The user with this login (any case), or nil.
    public func user(login: String) throws -> WebUser? {
        try writer.read { db in try Self.fetchUser(db, "login = ?", login.trimmed) }
    }

    /// The user with this number, or nil.
    public func user(id: Int64) throws -> WebUser? {
        try writer.read { db in try Self.fetchUser(db, "id = ?", id) }
    }

    /// The active user whose calendar feed has this token, or nil.
    public func user(calendarToken: String) throws -> WebUser? {
        try writer.read { db in
            try Self.fetchUser(db, "calendar_token = ? AND disabled_on IS NULL", calendarToken)
        }
    }

    /// Disables a user: they can no longer sign in, and their open sessions end at their next request.
    public func disableUser(login: String, on today: LocalDate) throws {
        try change(login, "disabled_on = COALESCE(disabled_on, ?)", today.description)
    }

    /// Sets a user's password hash.
    public func setPasswordHash(login: String, to hash: String) throws {
        try change(login, "password_hash = ?", hash)
    }

    /// Sets the language of a user's pages (`nl` or `en`).
    public func setLanguage(login: String, to language: String) throws {
        try change(login, "language = ?", language)
    }

    /// Gives a user's calendar feed a new secret; the old address stops working.
    public func setCalendarToken(login: String, to token: String?) throws {
        try change(login, "calendar_token = ?", token)
    }

    /// Lets an auditor see personal data in the register extract, or no longer (R16).
    public func setSeesPersonalData(login: String, to allowed: Bool) throws {
        try change(login, "personal_data = ?", allowed)
    }

    /// Who registered case `id`, as its history names them (R13); nil for an evaluation's case
    /// or a purged one.
    public func registrar(of id: Int64) throws -> String? {
        try writer.read { db in
            try String.fetchOne(
                db,
                sql: """
                    SELECT actor FROM case_event WHERE case_id = ? AND kind = 'registered' ORDER BY id LIMIT 1
                    """,
                arguments: [id])
        }
    }

    /// The numbers of the cases `name` registered by hand (R7), as the history names them.
    public func caseIDs(registeredBy name: String) throws -> Set<Int64> {
        try writer.read { db in
            let rows = try Row.fetchCursor(
                db, sql: "SELECT case_id, actor FROM case_event WHERE kind = 'registered' AND actor IS NOT NULL")
            var ids: Set<Int64> = []
            let wanted = ClientKey.of(name)
            while let row = try rows.next() {
                if ClientKey.of(row[1]) == wanted { ids.insert(row[0]) }
            }
            return ids
        }
    }

    private func change(_ login: String, _ assignment: String, _ value: (any DatabaseValueConvertible)?) throws {
        try writer.write { db in
            try db.execute(
                sql: "UPDATE web_user SET \(assignment) WHERE login = ?", arguments: [value, login.trimmed])
            if db.changesCount == 0 { throw UserError.unknownLogin(login) }
        }
    }

    private static func fetchUser(_ db: Database, _ condition: String, _ value: some DatabaseValueConvertible)
        throws -> WebUser?
    {
        // Compiled once per connection: the server asks for the signed-in user on every request.
        try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM web_user WHERE \(condition)"), arguments: [value])
            .map(user(from:))
    }

    private static func user(from row: Row) throws -> WebUser {
        WebUser(
            id: row["id"], login: row["login"], name: row["name"],
            role: UserRole(rawValue: row["role"]) ?? .team, manager: row["manager"],
            passwordHash: row["password_hash"], language: row["language"], calendarToken: row["calendar_token"],
            seesPersonalData: row["personal_data"], disabledOn: (row["disabled_on"] as String?).flatMap(LocalDate.init))
    }
}
