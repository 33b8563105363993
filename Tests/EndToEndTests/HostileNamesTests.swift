import Foundation
import GRDB
import Testing

/// Names and texts that try to pass as markup or to disguise themselves on screen.
@Suite("Nothing passes through as markup or as a display trick", .serialized)
struct HostileNamesTests {
    /// The bidirectional overrides and isolates (and marks) a name may hide.
    static let tricks: [Unicode.Scalar] = [
        "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}",
        "\u{200E}", "\u{200F}",
    ]

    static func holdsTrick(_ text: String) -> Bool { text.unicodeScalars.contains { tricks.contains($0) } }

    /// A register whose manager, client, training and trainer names carry markup and overrides.
    static func hostileRegister() throws -> CommandRunner {
        let cli = try CommandRunner()
        let clients = cli.folder.appendingPathComponent("clients.csv")
        try "client,account_manager\nAcme\u{202E}gpj.exe,Mgr\u{202E}LMTH.exe\nAcme,Mgr LMTH\n".write(
            to: clients, atomically: true, encoding: .utf8)
        #expect(try cli.evalfeedback("clients", "import", clients.path).status == 3, "the override is refused")
        let export = cli.folder.appendingPathComponent("hostile.csv")
        let header =
            "response_id,submitted_at,training,training_date,trainer,client,respondent_name,respondent_email,"
            + "score_training,score_day,score_facilities,score_trainer,comment"
        let rows = (1...5).map { number in
            "H-\(number),2026-11-25,<script>alert(1)</script> & co,2026-11-25,Ruud\u{2066}Bos\u{2069},"
                + "Acme\u{202E}gpj.exe,Anna\u{202E}X,a@example.org,4,8,8,8,\"<b>vet</b>\u{202E}\u{7}\""
        }
        try ([header] + rows).joined(separator: "\n").write(to: export, atomically: true, encoding: .utf8)
        #expect(try cli.evalfeedback("import", export.path).status == 0)
        // As a register written before names were checked holds them.
        try DatabaseQueue(path: cli.database).write { db in
            try db.execute(
                sql: """
                    UPDATE client SET name = ?, manager_name = ?,
                        client_key = (SELECT client_key FROM complaint_case LIMIT 1)
                    """, arguments: ["Acme\u{202E}gpj.exe", "Mgr\u{202E}LMTH.exe"])
        }
        return cli
    }

    @Test("Overrides and isolates reach no output: text, CSV, JSON (escaped), HTML, the nightly index, the report")
    func noDisplayTricks() throws {
        let cli = try Self.hostileRegister()
        var outputs: [String: String] = [:]
        for format in ["text", "csv", "json", "html"] {
            outputs["followups \(format)"] = try cli.evalfeedback("followups", "--format", format).stdout
        }
        for format in ["text", "markdown", "csv", "json", "html"] {
            outputs["report \(format)"] = try cli.evalfeedback("report", "--format", format).stdout
        }
        outputs["case show"] = try cli.evalfeedback("case", "show", "1").stdout
        outputs["unknown manager"] = try cli.evalfeedback("followups", "--manager", "Nobody").stderr
        outputs["case show json"] = try cli.evalfeedback("case", "show", "1", "--format", "json").stdout
        outputs["register"] = try cli.evalfeedback(
            "register", "--from", "2026-11-01", "--to", "2026-11-30", "--with-personal-data"
        ).stdout
        let inbox = cli.folder.appendingPathComponent("inbox")
        let publish = cli.folder.appendingPathComponent("publish")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        outputs["nightly"] = try cli.evalfeedback("nightly", "--inbox", inbox.path, "--publish", publish.path).stdout
        outputs["index.html"] = try String(
            contentsOf: publish.appendingPathComponent("index.html"), encoding: .utf8)
        for (name, output) in outputs {
            #expect(!output.isEmpty, "\(name)")
            #expect(!Self.holdsTrick(output), "\(name) passes a display trick through")
            #expect(!output.contains("\u{7}"), "\(name) passes a control character through")
        }
        #expect(try #require(outputs["index.html"]).contains("MgrLMTH.exe"), "the name as it truly is")
        #expect(try #require(outputs["unknown manager"]).contains("(known: MgrLMTH.exe)"), "a message quotes it safely")
        #expect(try #require(outputs["followups json"]).contains("Mgr\\u202eLMTH.exe"), "JSON keeps it, escaped")
    }

    @Test("The Markdown report writes <, > and & as entities, so no wiki runs a training's name as HTML")
    func markdownEscapesHTML() throws {
        let cli = try Self.hostileRegister()
        let markdown = try cli.evalfeedback("report", "--format", "markdown").stdout
        #expect(markdown.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"))
        #expect(!markdown.contains("<script>"))
    }

    @Test("A line break in a clients file's name is refused, naming the line; elsewhere names are put on one line")
    func lineBreaksInNames() throws {
        let cli = try CommandRunner()
        let clients = cli.folder.appendingPathComponent("clients.csv")
        try "client,account_manager\nZorggroep Het Baken,Sanne de Vries\nAcme,\"Mark\nJansen\"\n".write(
            to: clients, atomically: true, encoding: .utf8)
        let imported = try cli.evalfeedback("clients", "import", clients.path)
        #expect(imported.status == 3)
        #expect(
            imported.stderr.contains(
                "clients.csv:3: the account manager's name \"Mark Jansen\" holds a line break or an invisible "
                    + "control character; put it on one line, without them, and import the file again; line skipped"),
            "\(imported.stderr)")
        #expect(imported.stdout == "clients.csv: 1 clients, 1 account managers, 1 line skipped\n")

        let opened = try cli.evalfeedback(
            "case", "open", "--source", "email", "--client", "Gemeente\nZuidwolde", "--contact", "Anna\r\nVisser",
            "--summary", "Factuur klopt niet")
        #expect(opened.status == 0, "\(opened.stderr)")
        let assigned = try cli.evalfeedback("case", "assign", "1", "--manager", "Sanne de\nVries")
        #expect(assigned.status == 0, "\(assigned.stderr)")
        let shown = try cli.evalfeedback("case", "show", "1").stdout
        #expect(shown.contains("Client:           Gemeente Zuidwolde\n"))
        #expect(shown.contains("Contact:          Anna Visser\n"))
        #expect(shown.contains("Account manager:  Sanne de Vries (assigned by hand)\n"))
        let list = try cli.evalfeedback("followups").stdout
        #expect(list.contains("Sanne de Vries: 1 case"))
    }
}
