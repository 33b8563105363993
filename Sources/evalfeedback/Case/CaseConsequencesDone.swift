import ArgumentParser
import EvalFeedbackCore

/// `evalfeedback case consequences-done ID`: an upheld ruling was carried out (§6).
struct CaseConsequencesDone: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consequences-done", abstract: "Record that an upheld ruling's consequences were carried out.")

    @OptionGroup var step: StepOptions

    @Argument(help: "The case number.")
    var id: Int64

    @Option(help: "The day they were carried out (yyyy-MM-dd).", transform: parseDay)
    var on: LocalDate

    func run() throws {
        try step.record(.consequencesDone(on: on), on: id)
    }
}
