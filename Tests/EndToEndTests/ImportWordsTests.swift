import Foundation
import TestSupport
import Testing

/// The CLI's words for every kind of remark, field warning and reject an import makes stay as
/// they were when they became values the pages word in their reader's language (issue 23).
@Suite("The import's words on the command line")
struct ImportWordsTests {
    /// Files that make every kind an upload can show, with the two survey-tool exports that add
    /// a detected tool, unused columns and ids counted per form.
    static let files = [
        "remarks/komma-aan-het-eind.csv", "remarks/meerdere-kolommen.csv", "remarks/zonder-kolommen.csv",
        "surveytools/microsoft-forms/en-course-feedback.csv", "surveytools/qualtrics/nl-evaluatie.csv",
    ].map { Repository.fixtures.appendingPathComponent($0).path }

    @Test("import and rejects word every remark, warning and reject as before")
    func importAndRejects() throws {
        let cli = try CommandRunner()
        let imported = try cli.run(["import", "--database", cli.database, "--as-of", "2026-11-26"] + Self.files)
        #expect(imported.status == 3, "records were rejected")
        try CommandRunner.expectMatches(imported.stdout, "import-remarks.txt")
        try CommandRunner.expectMatches(imported.stderr, "import-remarks-stderr.txt")
        try CommandRunner.expectMatches(try cli.evalfeedback("rejects").stdout, "rejects-remarks.txt")
    }

    @Test("inspect notes what the file lacks, and the line a repeated header is on")
    func inspect() throws {
        let cli = try CommandRunner()
        let inspected = try cli.evalfeedback("inspect", Self.files[0])
        #expect(inspected.status == 0)
        #expect(inspected.stdout.contains("  note: line 4: the header line is repeated here; skipped\n"))
        #expect(
            inspected.stdout.contains(
                "  note: every record ends in a delimiter the header does not have; the empty last field is ignored\n"))
    }
}
