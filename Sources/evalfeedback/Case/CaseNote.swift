import ArgumentParser
import EvalFeedbackCore

/// `evalfeedback case note ID TEXT`: internal coordination, kept in the history (R13).
struct CaseNote: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "Add a note: coordination with the delivering unit, facilities, a supplier or the client.")

    @OptionGroup var step: StepOptions

    @Argument(help: "The case number.")
    var id: Int64

    @Argument(help: "The note.")
    var text: String

    @Option(help: "The day it happened (yyyy-MM-dd; default today).", transform: parseDay)
    var on: LocalDate?

    func run() throws {
        try step.record(.note(on: step.day(on), text: text), on: id)
    }
}
