import Foundation
import TestSupport
import Testing

@Suite("The command line on fixtures/", .serialized)
struct EndToEndTests {
    @Test("The nightly job on the fixtures: exact summaries, list, report, rejects and exit codes")
    func nightlyJob() throws {
        let cli = try CommandRunner()
        let clients = try cli.evalfeedback(
            "clients", "import", Repository.fixtures.appendingPathComponent("clients.csv").path)
        #expect(clients.status == 0)
        #expect(clients.stdout == "clients.csv: 5 clients, 3 account managers\n")

        let imported = try cli.run(
            ["import", "--database", cli.database, "--as-of", "2026-11-26"] + CommandRunner.exports)
        #expect(imported.status == 3, "some records were rejected: exit 3 so that cron alerts")
        try CommandRunner.expectMatches(imported.stdout, "import.txt")
        try CommandRunner.expectMatches(imported.stderr, "import-stderr.txt")

        try CommandRunner.expectMatches(try cli.evalfeedback("followups").stdout, "followups.txt")
        try CommandRunner.expectMatches(try cli.evalfeedback("report").stdout, "report.txt")
        try CommandRunner.expectMatches(try cli.evalfeedback("rejects").stdout, "rejects.txt")
    }

    @Test("R6: importing the same exports again changes nothing, says so, and exits 0")
    func idempotent() throws {
        let cli = try CommandRunner()
        _ = try cli.run(["import", "--database", cli.database, "--as-of", "2026-11-26"] + CommandRunner.exports)
        let before = try cli.evalfeedback("followups", "--format", "json").stdout
        let again = try cli.run(
            ["import", "--database", cli.database, "--as-of", "2026-11-27"] + CommandRunner.exports)
        #expect(again.status == 0)
        let lines = again.stdout.split(separator: "\n")
        #expect(lines.count == CommandRunner.exports.count)
        #expect(lines.allSatisfy { $0.hasSuffix("nothing changed") })
        #expect(try cli.evalfeedback("followups", "--format", "json").stdout == before)
    }

    @Test("R16: a manager's list holds only that manager's cases; unassigned cases stay on the full list")
    func managerList() throws {
        let cli = try CommandRunner()
        _ = try cli.evalfeedback("clients", "import", Repository.fixtures.appendingPathComponent("clients.csv").path)
        _ = try cli.run(["import", "--database", cli.database, "--as-of", "2026-11-26"] + CommandRunner.exports)
        let sanne = try cli.evalfeedback("followups", "--manager", "Sanne de Vries", "--format", "json")
        #expect(sanne.status == 0)
        let items = try #require(
            (try JSONSerialization.jsonObject(with: Data(sanne.stdout.utf8)) as? [String: Any])?["items"]
                as? [[String: Any]])
        #expect(items.count == 4)
        #expect(items.allSatisfy { $0["manager"] as? String == "Sanne de Vries" })
        let all = try cli.evalfeedback("followups").stdout
        let unassigned = try #require(all.components(separatedBy: "\n\n").first { $0.hasPrefix("Unassigned: 1 case.") })
        #expect(unassigned.contains("Transportbedrijf Kooistra"))
    }

    @Test("The database and written lists are readable by their owner only")
    func permissions() throws {
        let cli = try CommandRunner()
        _ = try cli.run(["import", "--database", cli.database, "--as-of", "2026-11-26"] + CommandRunner.exports)
        let out = cli.folder.appendingPathComponent("list.csv").path
        #expect(try cli.evalfeedback("followups", "--format", "csv", "--out", out).status == 0)
        for path in [cli.database, out] {
            let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(path) has mode \(String(mode ?? 0, radix: 8))")
        }
    }

    @Test("The follow-up CSV opens in Excel: BOM, and no cell runs as a formula")
    func excelSafe() throws {
        let cli = try CommandRunner()
        let export = cli.folder.appendingPathComponent("hostile.csv")
        try """
        response_id,submitted_at,training,training_date,trainer,client,respondent_name,respondent_email,score_training,score_day,score_facilities,score_trainer,comment
        X-1,2026-11-25,"=HYPERLINK(""http://x"")",2026-11-25,+31 6 1234,@SUM(A1),-Anna,a@example.org,4,8,8,8,<script>alert(1)</script>

        """.write(to: export, atomically: true, encoding: .utf8)
        #expect(try cli.evalfeedback("import", export.path).status == 0)
        let csv = try cli.evalfeedback("followups", "--format", "csv").stdout
        #expect(csv.hasPrefix("\u{FEFF}\"case\""))
        #expect(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""))
        #expect(csv.contains("\"'+31 6 1234\""))
        #expect(csv.contains("\"'@SUM(A1)\""))
        #expect(csv.contains("\"'-Anna\""))
    }

    @Test("The database comes from EVALFEEDBACK_DATABASE when --database is not given")
    func environmentDatabase() throws {
        let cli = try CommandRunner()
        let path = cli.folder.appendingPathComponent("from-env.sqlite").path
        let result = try cli.run(
            ["import", "--as-of", "2026-11-26", CommandRunner.exports[0]], environment: ["EVALFEEDBACK_DATABASE": path])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(!FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("evalfeedback.sqlite").path))
    }

    @Test(
        "Errors name the problem and exit with the documented code",
        arguments: [
            (["import", "missing.csv"], Int32(65), "evalfeedback: missing.csv: cannot be read"),
            (["import"], 64, "Missing expected argument '<files> ...'"),
            (["followups", "--as-of", "26-11-2026"], 64, "--as-of '26-11-2026' is not a date: write it as yyyy-MM-dd"),
            (["followups", "--manager", "Piet"], 64, "no account manager named 'Piet' (known: Fatima El Amrani"),
            (
                ["check", "--database", "typo.sqlite"], 74,
                "typo.sqlite: cannot open the database (there is no register"
            ),
            (["report", "--quarter", "2026-Q5"], 64, "--quarter '2026-Q5' is not a quarter; write it as 2026-Q3."),
            (["followups", "--database", "/nonexistent/folder/x.sqlite"], 74, "cannot open the database"),
            (["followups", "--out", "/nonexistent/folder/list.csv"], 74, "cannot write /nonexistent/folder/list.csv"),
            (["clients", "import", "/tmp"], 65, "evalfeedback: tmp: cannot be read (it is a folder, not a file)"),
        ])
    func errors(arguments: [String], status: Int32, message: String) throws {
        let cli = try CommandRunner()
        _ = try cli.evalfeedback("clients", "import", Repository.fixtures.appendingPathComponent("clients.csv").path)
        let withDatabase = arguments.contains("--database") ? arguments : arguments + ["--database", cli.database]
        let result = try cli.run(withDatabase)
        #expect(result.status == status)
        #expect(result.stderr.contains(message), "stderr was: \(result.stderr)")
    }

    @Test("A file with the wrong header is not imported, the others are, and the exit code says so")
    func unimportableFile() throws {
        let cli = try CommandRunner()
        let wrong = cli.folder.appendingPathComponent("adressen.csv")
        try "naam,adres\nAnna,Utrecht\n".write(to: wrong, atomically: true, encoding: .utf8)
        let result = try cli.evalfeedback("import", wrong.path, CommandRunner.exports[0])
        #expect(result.status == 65)
        #expect(
            result.stdout
                == "2026-11-23-trainingen.csv: 16 records, 16 imported, 0 rejected, 6 flagged, 6 cases opened, 0 already known, 3 warnings\n"
        )
        #expect(
            result.stderr.hasPrefix(
                "evalfeedback: adressen.csv:1: no column for score_training, score_day, score_facilities, score_trainer (found: naam, adres)."
            ))
    }
}
