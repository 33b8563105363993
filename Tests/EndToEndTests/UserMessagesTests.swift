import Foundation
import GRDB
import Testing

/// Messages a user can act on: each says what is wrong in the user's words, and what to do.
@Suite("Messages a user can act on", .serialized)
struct UserMessagesTests {
    @Test("A file that is no register is refused as such, and left as it was")
    func notARegister() throws {
        let cli = try CommandRunner()
        let text = cli.folder.appendingPathComponent("notes.sqlite")
        try "boodschappen: melk, brood\n".write(to: text, atomically: true, encoding: .utf8)
        let refused = try cli.run(["followups", "--database", text.path])
        #expect(refused.status == 74)
        #expect(
            refused.stderr
                == "evalfeedback: \(text.path): not an evalfeedback register (it is not an SQLite database); it was "
                + "left as it was. Point --database (or EVALFEEDBACK_DATABASE) at the register, or name a file that "
                + "does not exist yet to start a new one.\n")
        #expect(!refused.stderr.contains("SQLite error"))
        #expect(try String(contentsOf: text, encoding: .utf8) == "boodschappen: melk, brood\n")

        let other = cli.folder.appendingPathComponent("other.sqlite")
        try DatabaseQueue(path: other.path).write { db in try db.execute(sql: "CREATE TABLE recept (naam TEXT)") }
        let foreign = try cli.run(["case", "show", "1", "--database", other.path])
        #expect(foreign.status == 74)
        #expect(
            foreign.stderr.contains(
                "not an evalfeedback register (it is an SQLite database with other tables (recept))"))
        let tables = try DatabaseQueue(path: other.path).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        #expect(tables == ["recept"], "no table of ours was added")

        // A first run killed before its first migration leaves only the migrations' table: a register.
        let begun = cli.folder.appendingPathComponent("begun.sqlite")
        try DatabaseQueue(path: begun.path).write { db in
            try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
        }
        #expect(try cli.run(["import", "--database", begun.path, CommandRunner.exports[0]]).status == 0)
    }

    @Test(
        "A day that does not exist says why",
        arguments: [
            ("2027-02-29", "'2027-02-29' is not a date: 2027 is no leap year: February 2027 has 28 days."),
            ("2027-04-31", "'2027-04-31' is not a date: April has 30 days."),
            ("2027-13-01", "'2027-13-01' is not a date: there is no month 13; months run from 01 to 12."),
            ("8-1-2027", "'8-1-2027' is not a date: write it as yyyy-MM-dd, e.g. 2026-11-23."),
        ])
    func impossibleDays(date: String, message: String) throws {
        let cli = try CommandRunner()
        let result = try cli.evalfeedback("case", "extend", "1", "--reason", "x", "--expected", date)
        #expect(result.status == 64)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test("case open without a client says the client is missing")
    func missingClient() throws {
        let cli = try CommandRunner()
        let result = try cli.evalfeedback(
            "case", "open", "--source", "email", "--client", "", "--contact", "Anna", "--summary", "Klacht")
        #expect(result.status == 65)
        #expect(
            result.stderr
                == "evalfeedback: the client (--client) is missing; name the client organisation, as the clients "
                + "file does. Nothing was changed.\n")
    }

    @Test("rejects --file for a file never imported says so and exits 65; a path is taken by its name")
    func rejectsOfUnknownFile() throws {
        let cli = try CommandRunner.withFixtures()
        let unknown = try cli.evalfeedback("rejects", "--file", "december.csv")
        #expect(unknown.status == 65)
        #expect(
            unknown.stderr.hasPrefix("evalfeedback: no file named 'december.csv' was ever imported (imported last: "))
        #expect(unknown.stderr.hasSuffix("Give the name as the import summary shows it.\n"))
        #expect(!unknown.stdout.contains("No rejected records"))
        let byPath = try cli.evalfeedback("rejects", "--file", CommandRunner.exports[3])
        #expect(byPath.status == 0)
        #expect(byPath.stdout.contains("2026-11-25-kapotte-regels.csv"))
    }

    @Test("The top-level help lists exit code 75")
    func exitCodes() throws {
        let help = try CommandRunner().run(["--help"]).stdout.replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: #" +"#, with: " ", options: .regularExpression)
        #expect(help.contains("75 another nightly run was still busy"), "\(help)")
    }

    @Test(
        "Each command's --help lists only the formats it accepts, and refuses others",
        arguments: [
            (["case", "show"], "(values: text, json; default: text)"),
            (["calendar"], "(values: text, json; default: text)"),
            (["rejects"], "(values: text, json; default: text)"),
            (["purge"], "(values: text, json; default: text)"),
            (["followups"], "(values: text, csv, json, html; default: text)"),
            (["register"], "(values: csv, html; default: csv)"),
            (["report"], "(values: text, csv, json, html, markdown; default: text)"),
        ])
    func formatsInHelp(command: [String], values: String) throws {
        let cli = try CommandRunner()
        let help = try cli.run(command + ["--help"]).stdout.replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: #" +"#, with: " ", options: .regularExpression)
        #expect(help.contains(values), "\(command)")
    }

    @Test("A file of hundreds of columns: the message names twenty and says how many more")
    func manyColumns() throws {
        let cli = try CommandRunner()
        let file = cli.folder.appendingPathComponent("breed.csv")
        let header = (1...300).map { "kolom\($0)" }.joined(separator: ",")
        try (header + "\n" + (1...300).map(String.init).joined(separator: ",") + "\n").write(
            to: file, atomically: true, encoding: .utf8)
        let result = try cli.evalfeedback("import", file.path)
        #expect(result.status == 65)
        #expect(result.stderr.contains("(found: kolom1, kolom2,"))
        #expect(result.stderr.contains("kolom20 and 280 more). "), "\(result.stderr)")
        #expect(!result.stderr.contains("kolom21"))
    }

    @Test("A suggested command quotes a file name that needs it, so that it can be pasted")
    func quotedSuggestions() throws {
        let cli = try CommandRunner()
        let file = cli.folder.appendingPathComponent("Cursus (1).csv")
        try "naam,adres\nAnna,Dorpsstraat 1\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try cli.evalfeedback("import", file.path)
        #expect(result.stderr.contains("Run 'evalfeedback inspect \"Cursus (1).csv\"' to see what was recognised"))

        let broken = cli.folder.appendingPathComponent("nov export.csv")
        try (try String(contentsOfFile: CommandRunner.exports[3], encoding: .utf8)).write(
            to: broken, atomically: true, encoding: .utf8)
        let imported = try cli.evalfeedback("import", broken.path)
        #expect(imported.status == 3)
        #expect(imported.stderr.contains("see 'evalfeedback rejects --file \"nov export.csv\"'"), "\(imported.stderr)")
    }

    @Test("After a purge, case show prints no empty heading and no blank value")
    func showAfterPurge() throws {
        let cli = try CommandRunner()
        _ = try cli.evalfeedback(
            "case", "open", "--source", "email", "--client", "Acme", "--contact", "Anna", "--email", "a@x.example",
            "--summary", "Klacht", asOf: "2025-11-20")
        _ = try cli.evalfeedback(
            "case", "extend", "1", "--reason", "wacht", "--expected", "2026-01-10", asOf: "2025-11-21")
        _ = try cli.evalfeedback(
            "case", "close", "1", "--outcome", "resolved", "--resolution", "ok", "--cause", "other",
            "--no-closing-email", asOf: "2025-11-25")
        #expect(try cli.evalfeedback("purge", asOf: "2026-12-01").status == 0)
        let shown = try cli.evalfeedback("case", "show", "1", asOf: "2026-12-01").stdout
        let lines = shown.components(separatedBy: "\n")
        #expect(!lines.contains("History"), "no heading over nothing")
        #expect(!shown.contains(": ;"), "no blank reason")
        #expect(lines.allSatisfy { !$0.hasSuffix(":") && !$0.hasSuffix(": ") }, "\(shown)")
        #expect(shown.contains("Purged:           on 2026-12-01: names, email address, free texts and history deleted"))
    }
}
