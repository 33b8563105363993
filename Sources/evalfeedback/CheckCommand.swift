import ArgumentParser
import EvalFeedbackCore

/// `evalfeedback check`: integrity and consistency of the register.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the register: SQLite's integrity, every flag has its case, every case its history.",
        discussion: "Exit code 0 when all is well, 5 when a problem was found (each is listed with what to do).")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let report = try global.openForReading().check()
        print(report.text, terminator: "")
        if !report.isConsistent { throw ExitCode.problemsFound }
    }
}
