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
            typealias Columns = WebUserRecord.Columns
            if try !WebUserRecord.filter(Columns.login == login).isEmpty(db) { throw UserError.loginTaken(login) }
            if try !WebUserRecord.filter(Columns.nameKey == ClientKey.of(name)).isEmpty(db) {
                throw UserError.nameTaken(name)
            }
            let record = WebUserRecord(
                login: login, name: name, nameKey: ClientKey.of(name), role: user.role.rawValue, manager: manager,
                passwordHash: user.passwordHash, language: "nl", personalData: false, createdOn: today.description)
            try record.insert(db)
            guard let added = try Self.fetchUser(db, where: "\(Columns.id) = \(db.lastInsertedRowID)") else {
                throw UserError.unknownLogin(login)
            }
            return added
        }
    }

    /// Every user, by login.
    public func users() throws -> [WebUser] {
        try writer.read { db in
            try WebUserRecord.order(WebUserRecord.Columns.login).fetchAll(db).map(\.user)
        }
    }

    /// The user with this login (any case), or nil.
    public func user(login: String) throws -> WebUser? {
        try writer.read { db in try Self.fetchUser(db, where: "\(WebUserRecord.Columns.login) = \(login.trimmed)") }
    }

    /// The user with this number, or nil.
    public func user(id: Int64) throws -> WebUser? {
        try writer.read { db in try Self.fetchUser(db, where: "\(WebUserRecord.Columns.id) = \(id)") }
    }

    /// The active user whose calendar feed has this token, or nil.
    public func user(calendarToken: String) throws -> WebUser? {
        try writer.read { db in
            typealias Columns = WebUserRecord.Columns
            return try Self.fetchUser(
                db, where: "\(Columns.calendarToken) = \(calendarToken) AND \(Columns.disabledOn) IS NULL")
        }
    }

    /// Disables a user: they can no longer sign in, and their open sessions end at their next request.
    public func disableUser(login: String, on today: LocalDate) throws {
        try change(
            login, WebUserRecord.Columns.disabledOn.set(to: WebUserRecord.Columns.disabledOn ?? today.description))
    }

    /// Sets a user's password hash.
    public func setPasswordHash(login: String, to hash: String) throws {
        try change(login, WebUserRecord.Columns.passwordHash.set(to: hash))
    }

    /// Sets the language of a user's pages (`nl` or `en`).
    public func setLanguage(login: String, to language: String) throws {
        try change(login, WebUserRecord.Columns.language.set(to: language))
    }

    /// Gives a user's calendar feed a new secret; the old address stops working.
    public func setCalendarToken(login: String, to token: String?) throws {
        try change(login, WebUserRecord.Columns.calendarToken.set(to: token))
    }

    /// Lets an auditor see personal data in the register extract, or no longer (R16).
    public func setSeesPersonalData(login: String, to allowed: Bool) throws {
        try change(login, WebUserRecord.Columns.personalData.set(to: allowed))
    }

    /// Who registered case `id`, as its history names them (R13); nil for an evaluation's case
    /// or a purged one.
    public func registrar(of id: Int64) throws -> String? {
        try writer.read { db in
            typealias Columns = CaseEventRecord.Columns
            return try CaseEventRecord.history(of: id).filter(Columns.kind == CaseEvent.Kind.registered.rawValue)
                .select(Columns.actor, as: String.self).fetchOne(db)
        }
    }

    /// The numbers of the cases `name` registered by hand (R7), as the history names them.
    public func caseIDs(registeredBy name: String) throws -> Set<Int64> {
        try writer.read { db in
            typealias Columns = CaseEventRecord.Columns
            let registrations = try CaseEventRecord.filter(Columns.kind == CaseEvent.Kind.registered.rawValue)
                .select(Columns.caseID, Columns.actor).asRequest(of: Registration.self).fetchCursor(db)
            var ids: Set<Int64> = []
            let wanted = ClientKey.of(name)
            while let registration = try registrations.next() {
                if ClientKey.of(registration.actor) == wanted { ids.insert(registration.caseID) }
            }
            return ids
        }
    }

    private func change(_ login: String, _ assignment: ColumnAssignment) throws {
        try writer.write { db in
            let changed = try WebUserRecord.filter(WebUserRecord.Columns.login == login.trimmed).updateAll(
                db, assignment)
            if changed == 0 { throw UserError.unknownLogin(login) }
        }
    }

    private static func fetchUser(_ db: Database, where condition: SQL) throws -> WebUser? {
        // Compiled once per connection: the server asks for the signed-in user on every request.
        try SQLRequest<WebUserRecord>(literal: "SELECT * FROM \(WebUserRecord.self) WHERE \(condition)", cached: true)
            .fetchOne(db)?.user
    }
}

/// A case's registration as its first history entry names it (R13): the case and who
/// registered it, the two columns `caseIDs(registeredBy:)` reads of every case.
private struct Registration: FetchableRecord {
    let caseID: Int64
    let actor: String

    init(row: Row) {
        caseID = row[0]
        actor = row[1]
    }
}
