import ArgumentParser
import EvalFeedbackCore

/// `evalfeedback case ruling ID upheld|rejected`: the third party's binding ruling (§6, R12).
struct CaseRulingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ruling", abstract: "Record the third party's binding ruling on an appeal.")

    @OptionGroup var step: StepOptions

    @Argument(help: "The case number.")
    var id: Int64

    @Argument(help: "upheld or rejected.")
    var ruling: Ruling

    @Option(help: "The day of the ruling (yyyy-MM-dd).", transform: parseDay)
    var on: LocalDate

    @Option(help: "What the ruling says.")
    var text: String

    func run() throws {
        try step.record(.ruling(ruling, on: on, text: text), on: id)
    }
}
