import ArgumentParser
import EvalFeedbackCore

/// `evalfeedback rejects`: the records imports could not read, kept verbatim (R5).
struct RejectsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rejects",
        abstract: "List records that could not be read, with file, line, reason and the text as it stood.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Only this file's rejects (its name, as the import summary shows it).")
    var file: String?

    @Option(help: "text or json.")
    var format: TextOrJSON = .text

    func run() throws {
        let store = try global.openForReading()
        try OutputDestination.write(try store.rejects(file: file).rendered(as: format.output), to: nil)
    }
}
