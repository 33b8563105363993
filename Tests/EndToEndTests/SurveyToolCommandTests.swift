import Foundation
import TestSupport
import Testing

@Suite("Survey-tool exports on the command line", .serialized)
struct SurveyToolCommandTests {
    private static func fixture(_ path: String) -> String {
        Repository.fixtures.appendingPathComponent("surveytools").appendingPathComponent(path).path
    }

    @Test("inspect shows the tool, the form and which column became which field, and writes nothing")
    func inspect() throws {
        let cli = try CommandRunner()
        let result = try cli.evalfeedback("inspect", Self.fixture("microsoft-forms/Cursusevaluatie Excel(1-32).csv"))
        #expect(result.status == 0)
        try CommandRunner.expectMatches(result.stdout, "inspect-microsoft-forms.txt")
        #expect(!FileManager.default.fileExists(atPath: cli.database), "inspect opens no register")
    }

    @Test("inspect describes a file with nothing to import, says why and exits 0; import refuses it with 65")
    func inspectUnknown() throws {
        let cli = try CommandRunner()
        let result = try cli.evalfeedback("inspect", "--as-of", "2026-11-26", Self.fixture("unknown/adresboek.csv"))
        #expect(result.status == 0)
        #expect(
            result.stdout.hasPrefix(
                """
                adresboek.csv
                  read as:   UTF-8, delimiter ',', 1 header row
                  tool:      no survey tool recognised: read as columns by name
                  form:      none needed
                  columns:
                    Naam → respondent_name
                    Adres → (not used)
                    Woonplaats → (not used)
                  submitted: no column gives it; cases would be registered on the import day
                  nothing to import: no rating question found (no column for score_training, score_day, \
                score_facilities, score_trainer); 'import' refuses this file
                  records:   5: 5 readable, 0 rejected; 0 would be flagged, 0 unfinished, 0 warnings

                """))
        let refused = try cli.evalfeedback("import", Self.fixture("unknown/adresboek.csv"))
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("name the columns in a mapping file (--mapping"))
        let missing = try cli.evalfeedback("inspect", Self.fixture("unknown/no-such-file.csv"))
        #expect(missing.status == 65, "a file that cannot be read is still an error")
    }

    @Test("import and inspect take an Excel workbook: the same rows as CSV give the same counts")
    func workbook() throws {
        let cli = try CommandRunner()
        let workbook = Self.fixture("microsoft-forms/Cursusevaluatie Excel(1-32).xlsx")
        let inspected = try cli.evalfeedback("inspect", workbook)
        #expect(inspected.status == 0)
        #expect(inspected.stdout.contains("  read as:   Excel workbook, sheet 'Sheet1', 1 header row\n"))
        #expect(inspected.stdout.contains("  tool:      Microsoft Forms (detected from the header)\n"))
        #expect(
            inspected.stdout.contains(
                "  submitted: 'Tijdstip van voltooien', first response 2026-11-16 16:26:17; cases registered on their "
                    + "day, 2026-11-16 to 2026-11-19\n"))
        let imported = try cli.evalfeedback("import", "--verbose", workbook)
        #expect(imported.status == 0)
        #expect(
            imported.stdout
                == "Cursusevaluatie Excel(1-32).xlsx: 32 records, 32 imported, 0 rejected, 10 flagged, 10 cases opened, "
                + "0 already known, 2 warnings\n")
        #expect(imported.stderr.contains("Cursusevaluatie Excel(1-32).xlsx: read as Excel workbook, sheet 'Sheet1'\n"))
        let csv = try CommandRunner().evalfeedback(
            "import", Self.fixture("microsoft-forms/Cursusevaluatie Excel(1-32).csv"))
        #expect(csv.stdout.contains("32 records, 32 imported, 0 rejected, 10 flagged, 10 cases opened"))
    }

    @Test("import with --mapping, and --profile forcing a tool; a bad mapping file exits 78")
    func options() throws {
        let cli = try CommandRunner()
        let custom = try cli.evalfeedback(
            "import", "--mapping", Self.fixture("custom/eigen-formulier.mapping.yaml"),
            Self.fixture("custom/eigen-formulier.csv"))
        #expect(custom.stdout.hasPrefix("eigen-formulier.csv: 30 records, 30 imported, 0 rejected, 9 flagged"))
        let forced = try cli.evalfeedback(
            "import", "--profile", "limesurvey", Self.fixture("limesurvey/results-survey771203-full.csv"))
        #expect(forced.stderr.contains("read as a LimeSurvey export (as told)"))
        let bad = cli.folder.appendingPathComponent("bad.yaml")
        try "columns:\n  score_docent: Docent\n".write(to: bad, atomically: true, encoding: .utf8)
        let refused = try cli.evalfeedback("import", "--mapping", bad.path, Self.fixture("custom/eigen-formulier.csv"))
        #expect(refused.status == 78)
        #expect(refused.stderr.contains("bad.yaml:2: unknown setting 'columns.score_docent'"))
    }

    @Test("--client gives a whole file's client, so its cases get an account manager (R15)")
    func clientOption() throws {
        let cli = try CommandRunner()
        _ = try cli.evalfeedback("clients", "import", Repository.fixtures.appendingPathComponent("clients.csv").path)
        let text =
            "Timestamp,How would you rate the training?,How would you rate the day?,"
            + "How would you rate the facilities?,How would you rate the trainer?\n11/25/2026 9:15:00,5,8,8,8\n"
        let export = cli.folder.appendingPathComponent("form.csv")
        try text.write(to: export, atomically: true, encoding: .utf8)
        let imported = try cli.evalfeedback("import", "--client", "Hogeschool Rijnland", export.path)
        #expect(imported.status == 0)
        let list = try cli.evalfeedback("followups", "--manager", "Mark Jansen", "--format", "csv").stdout
        #expect(list.contains("\"Hogeschool Rijnland\""))
    }
}
