import ArgumentParser
import EvalFeedbackCore
import Foundation

/// `evalfeedback import FILE...`: evaluation exports into the register.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import evaluation exports: flag low scores and open a case for each flag.",
        discussion: """
            Prints one summary line per file. Field warnings and unused columns go to stderr; rejected \
            records are kept and listed by 'evalfeedback rejects'. Importing the same file again changes nothing.
            """)

    @OptionGroup var global: GlobalOptions

    @OptionGroup var source: SourceOptions

    @Flag(name: .shortAndLong, help: "Also say which encoding and delimiter each file was read with.")
    var verbose = false

    @Flag(help: "Read and check the files as an import would, count what would be flagged, and write nothing.")
    var dryRun = false

    @Flag(name: .shortAndLong, help: "Never show the progress line (it shows only on a terminal anyway).")
    var quiet = false

    @Flag(help: "Show the progress line even when stderr is not a terminal (a line every few seconds).")
    var progress = false

    func validate() throws {
        if quiet && progress { throw ValidationError("--quiet and --progress contradict each other; give one.") }
    }

    @Argument(
        help: "The exports to import, in order: CSV, or Excel workbooks (.xlsx, the first sheet).", completion: .file())
    var files: [String]

    func run() throws {
        let settings = try source.apply(to: try global.settings().importSettings(today: global.today))
        // Files imported before are recognised on a register opened to read only, so that a
        // night that brings nothing new writes nothing; the register is opened to write (and
        // created) only for a file to import. A dry run never opens it to write.
        // (Any trouble reading it, such as a register a killed first run left without its
        // tables, is left to the import, which brings the register up to date.)
        let existing =
            FileManager.default.fileExists(atPath: global.databasePath)
            ? try? AppDatabase.openReadOnly(at: global.databasePath) : nil
        var writable: AppDatabase?
        let wanted = ProgressLine.wanted(quiet: quiet, progress: progress)
        var exitCode = ExitCode.success
        for file in files {
            let name = URL(fileURLWithPath: file).lastPathComponent
            let line = wanted.show ? ProgressLine(file: name, inPlace: wanted.inPlace) : nil
            do {
                defer { line?.clear() }
                let url = URL(fileURLWithPath: file)
                if let existing,
                    let earlier = try? existing.earlierImport(of: url, name: name, today: settings.today)
                {
                    print(earlier.line)
                    continue
                }
                let store = try writable ?? (dryRun ? try AppDatabase.inMemory() : try global.openOrCreateDatabase())
                writable = store
                let outcome = try store.importEvaluations(
                    from: url, name: name, settings: settings, dryRun: dryRun,
                    progress: line.map { line in { line.update($0) } })
                line?.clear()
                print(outcome.line)
                if case .imported(let summary) = outcome {
                    report(summary)
                    if summary.rejected > 0, exitCode == .success { exitCode = .someRecordsRejected }
                }
                if case .checked(let summary) = outcome {
                    report(summary, dryRun: true)
                    if summary.rejected > 0, exitCode == .success { exitCode = .someRecordsRejected }
                }
            } catch let error as ImportError {
                printError(error.description)
                exitCode = .fileNotImportable
            }
        }
        if exitCode != .success { throw exitCode }
    }

    private func report(_ summary: ImportSummary, dryRun: Bool = false) {
        if verbose {
            let delimiter = summary.delimiter.isEmpty ? "" : ", delimiter '\(summary.delimiter)'"
            printError("\(summary.file): read as \(summary.encoding)\(delimiter)")
            summary.columns.forEach { printError("\(summary.file): \($0)") }
        }
        summary.notes.forEach { printError($0.description) }
        summary.warnings.forEach { printError("warning: \($0)") }
        if summary.warningCount > summary.warnings.count {
            printError(
                "\(summary.file): \(summary.warningCount - summary.warnings.count) more warnings, "
                    + "stored with their responses")
        }
        if summary.rejected > 0, dryRun {
            printError(
                "\(summary.file): \(summary.rejected) record\(summary.rejected == 1 ? "" : "s") would be rejected "
                    + "(shifted columns or broken quoting); fix the export before importing it")
        } else if summary.rejected > 0 {
            printError(
                "\(summary.file): \(summary.rejected) record\(summary.rejected == 1 ? "" : "s") rejected; "
                    + "see 'evalfeedback rejects --file \(summary.file.shellQuoted)', fix the export and import it again"
            )
        }
    }
}
