import ArgumentParser
import EvalFeedbackCore

/// `evalfeedback case email-sent ID`: the closing email went out (R14).
struct CaseEmailSent: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "email-sent", abstract: "Record that the closing email was sent to the client.")

    @OptionGroup var step: StepOptions

    @Argument(help: "The case number.")
    var id: Int64

    @Option(help: "The day it was sent (yyyy-MM-dd; default today).", transform: parseDay)
    var on: LocalDate?

    func run() throws {
        try step.record(.emailSent(on: step.day(on)), on: id)
    }
}
