import EvalFeedbackCore
import Foundation
#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif
import TestSupport
import Testing

/// The built `evalfeedback-server` binary's user commands, as an administrator runs them.
@Suite("evalfeedback-server user ...")
struct ServerCommandTests {
    static var binary: URL {
        var folder = Bundle.main.bundleURL
        if folder.pathExtension == "xctest" { folder.deleteLastPathComponent() }
        return folder.appendingPathComponent("evalfeedback-server")
    }

    let folder: URL
    var database: String { folder.appendingPathComponent("register.sqlite").path }

    init() throws {
        folder = try TemporaryFolder.make(prefix: "evalfeedback-server-cli")
    }

    /// The built binary with `arguments`, `stdin` on its standard input.
    func run(_ arguments: [String], stdin: String = "") throws -> (status: Int32, stdout: String, stderr: String) {
        let result = try ChildProcess.run(Self.binary, arguments, input: Data(stdin.utf8), in: folder)
        return (result.status, result.output, result.errors)
    }

    @Test("user add, list, password and disable, with --password-stdin and the CLI's --database and --as-of")
    func users() throws {
        let add = try run(
            [
                "user", "add", "mark", "--name", "Mark Jansen", "--role", "manager", "--manager", "Mark Jansen",
                "--password-stdin", "--database", database, "--as-of", "2026-11-26",
            ],
            stdin: "correct horse battery\n")
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stdout == "user mark: added as manager for Mark Jansen\n")
        let auditor = try run(
            [
                "user", "add", "audrey", "--name", "Audrey", "--role", "auditor", "--personal-data", "--password-stdin",
                "--database", database,
            ],
            stdin: "another good passphrase\n")
        #expect(auditor.status == 0)
        let password = try run(
            ["user", "password", "mark", "--password-stdin", "--database", database], stdin: "a brand new passphrase\n")
        #expect(password.stdout == "user mark: password set\n")
        let disable = try run(["user", "disable", "mark", "--database", database, "--as-of", "2026-11-27"])
        #expect(disable.stdout == "user mark: disabled\n")
        let list = try run(["user", "list", "--database", database])
        #expect(
            list.stdout
                == "audrey\tAudrey\tauditor\tpersonal data allowed\nmark\tMark Jansen\tmanager\tMark Jansen\tdisabled on 2026-11-27\n"
        )
        let store = try AppDatabase.open(at: database)
        let user = try #require(try store.user(login: "mark"))
        #expect(!user.passwordHash.contains("passphrase"))
        #expect(user.passwordHash.hasPrefix("$2"))
    }

    @Test(
        "Refusals: no --password-stdin, a short password, a taken login, a manager without --manager, an unknown login")
    func refusals() throws {
        let noStdin = try run(["user", "add", "x", "--name", "X", "--role", "team", "--database", database])
        #expect(noStdin.status == 64)
        #expect(noStdin.stderr.contains("give the password on stdin with --password-stdin"))
        let short = try run(
            ["user", "add", "x", "--name", "X", "--role", "team", "--password-stdin", "--database", database],
            stdin: "short\n")
        #expect(short.status == 64)
        #expect(
            short.stderr.contains("the password on stdin is shorter than 10 characters; choose a longer passphrase."))
        _ = try run(
            ["user", "add", "x", "--name", "X", "--role", "team", "--password-stdin", "--database", database],
            stdin: "long enough pass\n")
        let taken = try run(
            ["user", "add", "X", "--name", "Y", "--role", "team", "--password-stdin", "--database", database],
            stdin: "long enough pass\n")
        #expect(taken.status == 65)
        #expect(taken.stderr == "evalfeedback-server: \(UserError.loginTaken("X").description)\n")
        let sameName = try run(
            ["user", "add", "y", "--name", " x ", "--role", "team", "--password-stdin", "--database", database],
            stdin: "long enough pass\n")
        #expect(sameName.stderr == "evalfeedback-server: \(UserError.nameTaken("x").description)\n")
        let manager = try run(
            ["user", "add", "m", "--name", "M", "--role", "manager", "--password-stdin", "--database", database],
            stdin: "long enough pass\n")
        #expect(manager.stderr == "evalfeedback-server: \(UserError.managerName(role: .manager).description)\n")
        let unknown = try run(["user", "disable", "nobody", "--database", database])
        #expect(unknown.status == 65)
        #expect(unknown.stderr == "evalfeedback-server: \(UserError.unknownLogin("nobody").description)\n")
    }

    @Test("serve reads --config: a config it cannot use stops it with the config's message and 78")
    func config() throws {
        let config = folder.appendingPathComponent("evalfeedback.yaml")
        try "server:\n  idle_minutes: none\n".write(to: config, atomically: true, encoding: .utf8)
        _ = try run(
            ["user", "add", "x", "--name", "X", "--role", "team", "--password-stdin", "--database", database],
            stdin: "long enough pass\n")
        let answer = try run(["serve", "--database", database, "--config", config.path, "--listen", "127.0.0.1:0"])
        #expect(answer.status == 78)
        #expect(answer.stderr.contains("server.idle_minutes"))
        #expect(answer.stderr.contains("must be a whole number from 1 to 1440"))
    }

    @Test("serve --listen 127.0.0.1:0 serves the register on a free port until SIGTERM")
    func serve() async throws {
        _ = try run(
            ["user", "add", "x", "--name", "X", "--role", "team", "--password-stdin", "--database", database],
            stdin: "long enough pass\n")
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["serve", "--listen", "127.0.0.1:0", "--database", database, "--as-of", "2026-11-26"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        // The server says where it listens: "... listening on 127.0.0.1:PORT".
        var said = ""
        while !said.contains("listening on") {
            let chunk = errors.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            said += String(decoding: chunk, as: UTF8.self)
        }
        let port = try #require(said.firstMatch(of: /listening on 127\.0\.0\.1:(\d+)/)?.output.1)
        let url = try #require(URL(string: "http://127.0.0.1:\(port)/healthz"))
        let (body, response) = try await URLSession.shared.data(from: url)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: body, as: UTF8.self) == "ok\n")
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
    }

    @Test("serve refuses a --listen that is not host:port, and a register that is not there")
    func serveRefusals() throws {
        let listen = try run(["serve", "--listen", "8080", "--database", database])
        #expect(listen.status == 64)
        #expect(listen.stderr.contains("--listen '8080' is not host:port, e.g. 127.0.0.1:8080."))
        let missing = try run(["serve", "--database", folder.appendingPathComponent("none.sqlite").path])
        #expect(missing.status == 74)
        #expect(missing.stderr.contains("there is no register there yet"))
    }
}
