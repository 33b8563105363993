import ArgumentParser
import EvalFeedbackCore

/// `evalfeedback case close ID`: resolved or unfounded (procedure §3).
struct CaseClose: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close",
        abstract: "Close a case as resolved or unfounded, with the resolution and its cause.",
        discussion: """
            A closing email is owed to the client unless --no-closing-email says it is not needed (R14); the \
            follow-up list asks for it until 'case email-sent' records it.
            """)

    @OptionGroup var step: StepOptions

    @Argument(help: "The case number.")
    var id: Int64

    @Option(help: "resolved or unfounded.")
    var outcome: CaseOutcome

    @Option(help: "What was done, or why the complaint is unfounded.")
    var resolution: String

    @Option(help: "The cause category: trainer, content, facilities, catering, organisation, communication, other.")
    var cause: String

    @Option(
        name: .customLong("client-satisfied"), help: "Was the client satisfied with the handling? yes, no or unknown.")
    var clientSatisfied: ClientSatisfaction = .unknown

    @Option(name: .customLong("email-sent-on"), help: "The day the closing email was sent.", transform: parseDay)
    var emailSentOn: LocalDate?

    @Flag(name: .customLong("no-closing-email"), help: "No closing email is needed (settled face to face).")
    var noClosingEmail = false

    @Option(help: "The day it was closed (yyyy-MM-dd; default today).", transform: parseDay)
    var on: LocalDate?

    func validate() throws {
        if noClosingEmail, emailSentOn != nil {
            throw ValidationError("--no-closing-email and --email-sent-on contradict each other; give one.")
        }
    }

    func run() throws {
        try step.record(
            .close(
                on: step.day(on), outcome: outcome, resolution: resolution, cause: cause, satisfied: clientSatisfied,
                emailOwed: !noClosingEmail, emailSentOn: emailSentOn),
            on: id)
    }
}
