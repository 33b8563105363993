import ArgumentParser
import EvalFeedbackCore
import Foundation

/// `evalfeedback inspect FILE`: what the importer makes of an export, without importing it.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show how an export would be read: encoding, delimiter, header rows, survey tool, form, and "
            + "which column becomes which field. Writes nothing.",
        discussion: """
            Use it to write a mapping file for an export no profile recognises (see 'Mapping files'). A readable \
            file is described even when it has nothing to import (it says why; 'import' refuses such a file); \
            exits 65 only for a file that cannot be read.
            """)

    @OptionGroup var global: GlobalOptions

    @OptionGroup var source: SourceOptions

    @Argument(help: "The exports to inspect (.csv, .txt or .xlsx).", completion: .file())
    var files: [String]

    func run() throws {
        let settings = try source.apply(to: try global.settings().importSettings(today: global.today))
        var failed = false
        for (position, file) in files.enumerated() {
            if position > 0 { print() }
            let name = URL(fileURLWithPath: file).lastPathComponent
            // An import into a register in memory: exactly what a real import would do, and nothing kept.
            let scratch = try AppDatabase.inMemory()
            do {
                let outcome = try scratch.inspectEvaluations(
                    from: URL(fileURLWithPath: file), name: name, settings: settings)
                if let summary = outcome.summary {
                    print(summary.inspection, terminator: "")
                    for note in summary.notes {
                        switch note.kind {
                        case .readAs, .columnsNotUsed: continue  // shown above already
                        case .headerRepeated(let line): print("  note: line \(line): \(note.kind)")
                        default: print("  note: \(note.kind)")
                        }
                    }
                }
            } catch let error as ImportError {
                // Only a file that cannot be read at all: one without score columns is described above.
                failed = true
                print(name)
                printError(error.description)
            }
        }
        if failed { throw ExitCode.fileNotImportable }
    }
}
