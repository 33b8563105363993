import ArgumentParser
import EvalFeedbackCore

/// `evalfeedback case assign ID --manager NAME`: who handles the case (R15).
struct CaseAssign: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign",
        abstract: "Give a case to an account manager (for an unassigned case, or to hand one over).")

    @OptionGroup var step: StepOptions

    @Argument(help: "The case number.")
    var id: Int64

    @Option(help: "The account manager (one the clients file or an earlier assignment names).")
    var manager: String

    @Flag(name: .customLong("new-manager"), help: "The name is a new account manager, not a typo.")
    var newManager = false

    func run() throws {
        try step.record(.assign(manager: manager, on: step.global.today), on: id, allowNewManager: newManager)
    }
}
