import Foundation
import TestSupport
import Testing

@Suite("The case lifecycle on the command line", .serialized)
struct CaseCommandTests {
    @Test("A day in the life of an account manager: the README's transcript, command by command")
    func dayInTheLife() throws {
        let cli = try CommandRunner.withFixtures()
        let mark = ["--by", "Mark Jansen"]
        let script: [(arguments: [String], asOf: String)] = [
            (["followups", "--manager", "Mark Jansen"], "2026-11-26"),
            (["case", "show", "2"], "2026-11-26"),
            (
                ["case", "contact", "2", "--note", "Gebeld: zaal te klein en te warm, excuses aangeboden"] + mark,
                "2026-11-26"
            ),
            (["case", "note", "2", "Facilitair: grotere zaal gereserveerd voor de terugkomdag"] + mark, "2026-11-26"),
            (
                [
                    "case", "open", "--source", "email", "--client", "Hogeschool Rijnland", "--contact", "Karin de Wit",
                    "--email", "k.dewit@rijnland.example", "--training", "Excel voor gevorderden", "--summary",
                    "Cursusmateriaal niet ontvangen",
                ] + mark, "2026-11-26"
            ),
            (
                [
                    "case", "close", "2", "--outcome", "resolved", "--resolution",
                    "Terugkomdag in grotere zaal; klant akkoord", "--cause", "facilities", "--client-satisfied", "yes",
                    "--email-sent-on", "2026-11-26",
                ] + mark, "2026-11-26"
            ),
            (["case", "contact", "2"] + mark, "2026-11-26"),
            (["case", "contact", "3", "--note", "Trainer wordt gevraagd te reageren"] + mark, "2026-11-27"),
            (
                [
                    "case", "extend", "3", "--reason", "Trainer pas volgende week terug", "--expected", "2027-01-08",
                    "--told-on", "2026-11-27",
                ] + mark, "2026-11-27"
            ),
            (["case", "show", "2"], "2026-11-27"),
            (["followups", "--manager", "Mark Jansen"], "2026-11-27"),
            (["calendar", "2027"], "2026-11-27"),
        ]
        var transcript = ""
        for (arguments, asOf) in script {
            let result = try cli.run(arguments + ["--database", cli.database, "--as-of", asOf])
            transcript += "$ evalfeedback " + arguments.map(Self.quoted).joined(separator: " ")
            transcript += asOf == "2026-11-26" ? "\n" : "    # the next day (--as-of \(asOf))\n"
            transcript += result.stdout + result.stderr.replacingOccurrences(of: cli.database, with: "register.sqlite")
            if result.status != 0 { transcript += "(exit \(result.status))\n" }
            transcript += "\n"
        }
        try CommandRunner.expectMatches(transcript, "day-in-the-life.txt")
    }

    private static func quoted(_ argument: String) -> String {
        argument.contains(" ") ? "\"\(argument)\"" : argument
    }

    @Test(
        "Refused steps and bad dates exit with their code and change nothing",
        arguments: [
            (["case", "contact", "99"], Int32(65), "there is no case 99"),
            (["case", "ruling", "1", "upheld", "--on", "2026-11-26", "--text", "x"], 65, "record the appeal first"),
            (["case", "contact", "1", "--on", "2026-11-31"], 64, "'2026-11-31' is not a date: November has 30 days."),
            (["case", "contact", "1", "--on", "2027-01-01"], 65, "lies after today (2026-11-26)"),
            (["case", "contact", "1", "--on", "2026-11-01"], 65, "would come before it was registered (2026-11-23)"),
            (
                ["case", "open", "--source", "evaluation", "--client", "x", "--contact", "y", "--summary", "z"], 64,
                "evaluation cases come from 'evalfeedback import'"
            ),
            (
                [
                    "case", "open", "--source", "email", "--client", "x", "--contact", "y", "--summary", "z", "--on",
                    "2026-12-01",
                ],
                65, "registration on 2026-12-01 lies after today"
            ),
            (
                ["case", "close", "1", "--outcome", "resolved", "--resolution", "x", "--cause", "weer"], 65,
                "'weer' is not a cause category"
            ),
        ])
    func refused(arguments: [String], status: Int32, message: String) throws {
        let cli = try CommandRunner.withFixtures()
        let before = try cli.evalfeedback("case", "show", "1", "--format", "json").stdout
        let result = try cli.run(arguments + ["--database", cli.database, "--as-of", "2026-11-26"])
        #expect(result.status == status)
        #expect(result.stderr.contains(message), "stderr was: \(result.stderr)")
        #expect(try cli.evalfeedback("case", "show", "1", "--format", "json").stdout == before)
    }

    @Test("The HTML follow-up list is one self-contained page, escapes every value, and is the owner's only")
    func html() throws {
        let cli = try CommandRunner()
        _ = try cli.evalfeedback("clients", "import", Repository.fixtures.appendingPathComponent("clients.csv").path)
        let opened = try cli.evalfeedback(
            "case", "open", "--source", "chat", "--client", "Zorggroep Het Baken", "--contact", "<b>Eve</b> & \"co\"",
            "--summary", "<script>alert('x')</script>", "--by", "Sanne de Vries")
        #expect(opened.status == 0)
        let out = cli.folder.appendingPathComponent("lijst.html").path
        #expect(try cli.evalfeedback("followups", "--format", "html", "--out", out).status == 0)
        let page = try String(contentsOfFile: out, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(!page.contains("<script"))
        #expect(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(page.contains("&lt;b&gt;Eve&lt;/b&gt; &amp; &quot;co&quot;"))
        #expect(!page.contains("http"), "nothing is fetched from the network")
        let mode = try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test("R16: a manager's page holds only that manager's cases, in every format")
    func managerPages() throws {
        let cli = try CommandRunner.withFixtures()
        for format in ["text", "csv", "json", "html"] {
            let page = try cli.evalfeedback("followups", "--manager", "Sanne de Vries", "--format", format).stdout
            #expect(page.contains("Zorggroep Het Baken"))
            for other in ["Hogeschool Rijnland", "Bouwbedrijf Van Dijk", "Transportbedrijf Kooistra", "Mark Jansen"] {
                #expect(!page.contains(other), "\(format) shows \(other)")
            }
        }
    }

    @Test("The config file beside the database sets the threshold (R2) and the default manager (R15)")
    func configBesideDatabase() throws {
        let cli = try CommandRunner()
        try """
        low_score_threshold: 7
        default_account_manager: Team Academie
        """.write(to: cli.folder.appendingPathComponent("evalfeedback.yaml"), atomically: true, encoding: .utf8)
        let imported = try cli.evalfeedback("import", CommandRunner.exports[0])
        #expect(imported.stdout.contains("16 imported, 0 rejected, 10 flagged"), "\(imported.stdout)")
        let list = try cli.evalfeedback("followups").stdout
        #expect(list.contains("\nTeam Academie: 10 cases\n"))
        #expect(!list.contains("Unassigned"))
    }

    @Test("A broken config file stops every command with exit 78 and names the line")
    func brokenConfig() throws {
        let cli = try CommandRunner()
        let config = cli.folder.appendingPathComponent("settings.yaml")
        try "calendar:\n  liberation_day: sometimes\n".write(to: config, atomically: true, encoding: .utf8)
        let result = try cli.evalfeedback("followups", "--config", config.path)
        #expect(result.status == 78)
        #expect(result.stderr.contains("settings.yaml:2: liberation_day must be one of never, lustrum, always"))
    }
}

@Suite("The README and docs/")
struct ReadmeTests {
    @Test("docs/day-in-the-life.md is the tested transcript (lines over 150 characters shortened with …)")
    func dayInTheLife() throws {
        let readme = try String(
            contentsOf: Repository.root.appendingPathComponent("docs/day-in-the-life.md"), encoding: .utf8)
        let transcript = try String(
            contentsOf: CommandRunner.expected.appendingPathComponent("day-in-the-life.txt"), encoding: .utf8)
        var text = Substring(transcript)
        while text.hasSuffix("\n") { text = text.dropLast() }
        let shortened = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.count <= 150 ? String(line) : String(line.prefix(149)) + "…"
        }
        let block = "```text\n" + shortened.joined(separator: "\n") + "\n```"
        #expect(readme.contains(block), "the transcript changed: run make readme")
    }

    @Test("The README is a front door of at most 300 lines, and every page it links to is there")
    func frontDoor() throws {
        let readme = try String(
            contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.split(separator: "\n", omittingEmptySubsequences: false).count <= 300)
        for link in readme.matches(of: /\]\(((?:docs|contrib)\/[^)#]+)(?:#[^)]*)?\)/) {
            let path = Repository.root.appendingPathComponent(String(link.output.1)).path
            #expect(FileManager.default.fileExists(atPath: path), "README links to \(link.output.1)")
        }
    }

    @Test("Every relative link in docs/ leads to a file that is there")
    func docsLinks() throws {
        let docs = Repository.root.appendingPathComponent("docs")
        let pages = try FileManager.default.contentsOfDirectory(atPath: docs.path).filter { $0.hasSuffix(".md") }
        #expect(pages.count >= 8)
        for page in pages {
            let text = try String(contentsOf: docs.appendingPathComponent(page), encoding: .utf8)
            for link in text.matches(of: /\]\(([^)#:\s]+)(?:#[^)]*)?\)/) {
                let path = docs.appendingPathComponent(String(link.output.1)).standardizedFileURL.path
                #expect(FileManager.default.fileExists(atPath: path), "docs/\(page) links to \(link.output.1)")
            }
        }
    }
}
