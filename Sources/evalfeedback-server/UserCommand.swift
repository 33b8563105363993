import ArgumentParser
import EvalFeedbackCore
import EvalFeedbackWeb
import Foundation

/// `evalfeedback-server user ...`: who may sign in, with which role.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Add, list and disable the people who sign in, and set their passwords.",
        subcommands: [UserAdd.self, UserList.self, UserDisable.self, UserPassword.self])
}

/// Reads the password from stdin: never from the command line, where `ps` and the shell's
/// history would show it.
struct PasswordInput: ParsableArguments {
    @Flag(name: .customLong("password-stdin"), help: "Read the password from stdin (its first line).")
    var passwordStdin = false

    func validate() throws {
        if !passwordStdin {
            throw ValidationError(
                "give the password on stdin with --password-stdin (a password on the command line shows in 'ps').")
        }
    }

    /// The password's hash, or a usage error saying what is wrong with the password.
    func hash() throws -> String {
        let line = readLine(strippingNewline: true) ?? ""
        if let problem = PasswordHasher.problem(with: line) {
            throw ValidationError("the password on stdin \(problem); choose a longer passphrase.")
        }
        return PasswordHasher().hash(line)
    }
}

struct UserAdd: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a user who may sign in.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var password: PasswordInput

    @Argument(help: "What they type to sign in: letters, digits, '.', '-' or '_'.")
    var login: String

    @Option(help: "Their name, as the case history records each step they take (R13).")
    var name: String

    @Option(help: "manager, team, lead or auditor.")
    var role: UserRole

    @Option(help: "For a manager: the account manager's name as the clients file spells it.")
    var manager: String?

    @Flag(name: .customLong("personal-data"), help: "For an auditor: the lead allows names and emails in the extract.")
    var personalData = false

    func validate() throws {
        if personalData, role != .auditor {
            throw ValidationError("--personal-data is for an auditor; the lead sees personal data anyway.")
        }
    }

    func run() throws {
        do {
            let store = try AppDatabase.open(at: global.databasePath)
            let user = try store.addUser(
                NewUser(login: login, name: name, role: role, manager: manager, passwordHash: try password.hash()),
                on: global.today())
            if personalData { try store.setSeesPersonalData(login: user.login, to: true) }
            print("user \(user.login): added as \(user.role.rawValue)\(user.manager.map { " for \($0)" } ?? "")")
        } catch {
            throw Failure.translate(error)
        }
    }
}

struct UserList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the users and their roles.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        do {
            for user in try AppDatabase.open(at: global.databasePath).users() {
                var fields = [user.login, user.name, user.role.rawValue]
                if let manager = user.manager { fields.append(manager) }
                if user.seesPersonalData { fields.append("personal data allowed") }
                if let disabled = user.disabledOn { fields.append("disabled on \(disabled)") }
                print(fields.map(\.safeForMessage).joined(separator: "\t"))
            }
        } catch {
            throw Failure.translate(error)
        }
    }
}

struct UserDisable: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "disable", abstract: "Stop a user signing in; their open sessions end at their next request.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The login.")
    var login: String

    func run() throws {
        do {
            try AppDatabase.open(at: global.databasePath).disableUser(login: login, on: global.today())
            print("user \(login): disabled")
        } catch {
            throw Failure.translate(error)
        }
    }
}

struct UserPassword: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "password", abstract: "Set a user's password.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var password: PasswordInput

    @Argument(help: "The login.")
    var login: String

    func run() throws {
        do {
            try AppDatabase.open(at: global.databasePath).setPasswordHash(login: login, to: try password.hash())
            print("user \(login): password set")
        } catch {
            throw Failure.translate(error)
        }
    }
}
