import ArgumentParser
import EvalFeedbackCore

/// `evalfeedback letters check`: every letter template still renders what the procedure requires.
struct LettersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letters", abstract: "Check the letter templates.", subcommands: [LettersCheck.self])
}

/// Renders every template, shipped and the academy's, with a sample case.
struct LettersCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Render every letter template with a sample case; fail when one drops a required element.",
        discussion: """
            Checks the shipped templates and those in the config's letters.templates folder, in Dutch and English. \
            Exit code 65 names each file and the element its output lacks (the reason of a delay letter, say).
            """)

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let settings = try global.settings()
        let results = LetterTemplates(folder: settings.letters.templates).check()
        let failed = results.filter { $0.problem != nil }
        for result in failed {
            printError(result.problem?.description ?? result.file)
        }
        print("\(results.count) letter templates checked, \(failed.count) failed")
        if !failed.isEmpty { throw ExitCode.stepRefused }
    }
}
