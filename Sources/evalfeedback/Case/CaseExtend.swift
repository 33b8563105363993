import ArgumentParser
import EvalFeedbackCore

/// `evalfeedback case extend ID`: the client was told why it takes longer (R11).
struct CaseExtend: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extend",
        abstract: "Record that the client was told why handling takes longer and when to expect an answer.",
        discussion: "Told after the resolution deadline, it is still recorded, and reported as a breach (R11).")

    @OptionGroup var step: StepOptions

    @Argument(help: "The case number.")
    var id: Int64

    @Option(help: "Why it takes longer.")
    var reason: String

    @Option(help: "When the client can expect an answer (yyyy-MM-dd).", transform: parseDay)
    var expected: LocalDate

    @Option(name: .customLong("told-on"), help: "When the client was told (default today).", transform: parseDay)
    var toldOn: LocalDate?

    func run() throws {
        try step.record(.extend(reason: reason, expected: expected, toldOn: step.day(toldOn)), on: id)
    }
}
