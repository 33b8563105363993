import ArgumentParser
import EvalFeedbackCore

/// `evalfeedback case appeal ID`: the client appealed to the independent third party (§6).
struct CaseAppealCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "appeal", abstract: "Record that the client appealed a closed case to the independent third party."
    )

    @OptionGroup var step: StepOptions

    @Argument(help: "The case number.")
    var id: Int64

    @Option(help: "The day of the appeal (yyyy-MM-dd).", transform: parseDay)
    var on: LocalDate

    @Option(name: .customLong("third-party"), help: "Who hears the appeal.")
    var thirdParty: String?

    func run() throws {
        try step.record(.appeal(on: on, thirdParty: thirdParty), on: id)
    }
}
