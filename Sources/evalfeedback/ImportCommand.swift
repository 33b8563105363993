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

    @Argument(help: "The CSV exports to import, in order.", completion: .file())
    var files: [String]

    func run() throws {
        let settings = try source.apply(to: try global.settings().importSettings(today: global.today))
        let store = try global.openOrCreateDatabase()
        var exitCode = ExitCode.success
        for file in files {
            let name = URL(fileURLWithPath: file).lastPathComponent
            do {
                let outcome = try store.importEvaluations(
                    from: URL(fileURLWithPath: file), name: name, settings: settings)
                print(outcome.line)
                if case .imported(let summary) = outcome {
                    report(summary)
                    if summary.rejected > 0, exitCode == .success { exitCode = .someRecordsRejected }
                }
            } catch let error as ImportError {
                printError(error.description)
                exitCode = .fileNotImportable
            }
        }
        if exitCode != .success { throw exitCode }
    }

    private func report(_ summary: ImportSummary) {
        if verbose {
            printError("\(summary.file): read as \(summary.encoding), delimiter '\(summary.delimiter)'")
            summary.columns.forEach { printError("\(summary.file): \($0)") }
        }
        summary.notes.forEach(printError)
        summary.warnings.forEach { printError("warning: \($0)") }
        if summary.warningCount > summary.warnings.count {
            printError(
                "\(summary.file): \(summary.warningCount - summary.warnings.count) more warnings, "
                    + "stored with their responses")
        }
        if summary.rejected > 0 {
            printError(
                "\(summary.file): \(summary.rejected) record\(summary.rejected == 1 ? "" : "s") rejected; "
                    + "see 'evalfeedback rejects --file \(summary.file)', fix the export and import it again")
        }
    }
}
