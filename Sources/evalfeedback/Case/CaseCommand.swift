import ArgumentParser
import EvalFeedbackCore
import Foundation

/// `evalfeedback case ...`: every complaint, every step of the procedure (R7-R15).
struct CaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "case",
        abstract: "Register complaints from any source and record each step of their handling.",
        discussion: """
            Every step is kept in the case's history with its date and who recorded it (R13). An impossible step \
            (contacting a closed case, a ruling without an appeal, a date before registration or after today) is \
            refused with exit code 65 and changes nothing.
            """,
        subcommands: [
            CaseOpen.self, CaseContact.self, CaseNote.self, CaseExtend.self, CaseClose.self, CaseEmailSent.self,
            CaseAppealCommand.self, CaseRulingCommand.self, CaseConsequencesDone.self, CaseAssign.self, CaseShow.self,
            CaseLetterCommand.self,
        ])
}

/// The options every step takes besides its own.
struct StepOptions: ParsableArguments {
    @OptionGroup var global: GlobalOptions

    @Option(help: "Who records the step (default: $EVALFEEDBACK_USER, else your login name).")
    var by: String?

    /// Who the history names (R13).
    var actor: String {
        let environment = ProcessInfo.processInfo.environment
        if let name = by ?? environment["EVALFEEDBACK_USER"] ?? environment["USER"] { return name }
        guard let entry = getpwuid(getuid()), let name = entry.pointee.pw_name else { return "unknown" }
        return String(cString: name)
    }

    func validate() throws {
        if let by, by.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--by is empty; give the name of who recorded the step (R13).")
        }
    }

    /// Records `step` on case `id` and prints the one line saying what changed.
    func record(_ step: CaseStep, on id: Int64, allowNewManager: Bool = false) throws {
        let settings = try global.settings()
        let store = try global.openDatabase()
        let change = try store.record(
            step, on: id, lifecycle: lifecycle(settings), defaultManager: settings.defaultManager,
            allowNewManager: allowNewManager)
        print(change.message)
    }

    /// The lifecycle rules for today and this user.
    func lifecycle(_ settings: Settings) -> CaseLifecycle {
        CaseLifecycle(today: global.today, causes: settings.causes, calendar: settings.calendar, actor: actor)
    }

    /// `--on`, defaulting to today (or --as-of).
    func day(_ on: LocalDate?) -> LocalDate { on ?? global.today }
}

/// Reads a date option; the message says how to write one.
func parseDay(_ text: String) throws -> LocalDate {
    guard let day = LocalDate(text.trimmingCharacters(in: .whitespaces)) else {
        throw ValidationError("'\(text)' is not a date: \(LocalDate.whyNotADate(text)).")
    }
    return day
}
