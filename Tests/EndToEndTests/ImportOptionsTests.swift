import Foundation
import TestSupport
import Testing

/// `import --dry-run`, `--quiet` and `--progress`, as cron and people run them.
@Suite("Import options: a dry run writes nothing, progress only where someone watches")
struct ImportOptionsTests {
    private var exports: [String] {
        ["2026-11-23-trainingen.csv", "2026-11-25-kapotte-regels.csv"].map {
            Repository.fixtures.appendingPathComponent("exports").appendingPathComponent($0).path
        }
    }

    @Test("A dry run creates no register, and counts what the import then does")
    func dryRunWithoutRegister() throws {
        let cli = try CommandRunner()
        let dry = try cli.run(["import", "--dry-run", "--database", cli.database, "--as-of", "2026-11-26"] + exports)
        #expect(!FileManager.default.fileExists(atPath: cli.database))
        #expect(dry.status == 3, "a broken record would be rejected: \(dry.stderr)")
        #expect(dry.stdout.contains("dry run, nothing written"))
        #expect(dry.stderr.contains("would be rejected"))
        let real = try cli.run(["import", "--database", cli.database, "--as-of", "2026-11-26"] + exports)
        #expect(real.status == 3)
        for (checked, imported) in zip(dry.stdout.split(separator: "\n"), real.stdout.split(separator: "\n")) {
            let counts = { (line: Substring) in line.split(separator: " ").compactMap { Int($0.filter(\.isNumber)) } }
            // records, readable/imported, rejected, flagged
            #expect(Array(counts(checked).prefix(4)) == Array(counts(imported).prefix(4)), "\(checked) / \(imported)")
        }
    }

    @Test("A dry run on a register leaves it byte for byte as it was, and knows a file imported before")
    func dryRunOnRegister() throws {
        let cli = try CommandRunner()
        _ = try cli.run(["import", "--database", cli.database, "--as-of", "2026-11-26", exports[0]])
        let before = try Data(contentsOf: URL(fileURLWithPath: cli.database))
        let dry = try cli.run(["import", "--dry-run", "--database", cli.database, "--as-of", "2026-11-26"] + exports)
        #expect(dry.stdout.contains("already imported"))
        #expect(dry.stdout.contains("dry run, nothing written"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.database)) == before)
        let rejects = try cli.run(["rejects", "--database", cli.database])
        #expect(!rejects.stdout.contains("kapotte-regels"))
    }

    @Test("A folder given as an export is reported as unreadable, and the next file is still imported")
    func folderAmongFiles() throws {
        let cli = try CommandRunner()
        let folder = cli.folder.appendingPathComponent("exports").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for dryRun in [true, false] {
            let run = try cli.run(
                ["import", "--database", cli.database, "--as-of", "2026-11-26"] + (dryRun ? ["--dry-run"] : [])
                    + [folder, exports[0]])
            #expect(run.status == 65)
            #expect(run.stderr.contains("exports"))
            #expect(!run.stderr.contains("NSCocoaErrorDomain"))
            #expect(run.stdout.contains("2026-11-23-trainingen.csv:"))
        }
    }

    @Test("Importing the same file again writes nothing at all to the register (R6)")
    func sameFileAgain() throws {
        let cli = try CommandRunner()
        let first = try cli.run(["import", "--database", cli.database, "--as-of", "2026-11-26", exports[0]])
        #expect(first.status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: cli.database))
        let again = try cli.run(["import", "--database", cli.database, "--as-of", "2026-11-27", exports[0]])
        #expect(again.status == 0)
        #expect(again.stdout.contains("already imported on 2026-11-26"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.database)) == before)
    }

    @Test(
        "Without a terminal nothing but the summary is printed; --progress prints progress lines; both at once is refused"
    )
    func progress() throws {
        let cli = try CommandRunner()
        let quiet = try cli.run(["import", "--database", cli.database, "--as-of", "2026-11-26", exports[0]])
        #expect(quiet.status == 0)
        #expect(!quiet.stderr.contains("records/s"))
        let shown = try cli.run([
            "import", "--progress", "--database", cli.folder.appendingPathComponent("other.sqlite").path,
            "--as-of", "2026-11-26", exports[0],
        ])
        #expect(shown.status == 0)
        #expect(shown.stderr.contains("records/s"))
        #expect(!shown.stderr.contains("\u{1B}["), "no terminal codes in a log")
        let both = try cli.run(["import", "--quiet", "--progress", "--database", cli.database, exports[0]])
        #expect(both.status == 64)
        #expect(both.stderr.contains("--quiet and --progress"))
    }
}
