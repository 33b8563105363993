import ArgumentParser
import EvalFeedbackCore

/// `evalfeedback case contact ID`: the client was contacted (R9).
struct CaseContact: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contact", abstract: "Record that the account manager contacted the client.")

    @OptionGroup var step: StepOptions

    @Argument(help: "The case number.")
    var id: Int64

    @Option(help: "The day of contact (yyyy-MM-dd; default today).", transform: parseDay)
    var on: LocalDate?

    @Option(help: "What was agreed.")
    var note: String?

    func run() throws {
        try step.record(.contact(on: step.day(on), note: note), on: id)
    }
}
