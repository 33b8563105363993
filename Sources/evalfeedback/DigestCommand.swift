import ArgumentParser
import EvalFeedbackCore
import Foundation

/// `evalfeedback digest`: each account manager's morning mail of the day's actions.
struct DigestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digest",
        abstract: "Mail each account manager the day's actions (print them without --send).",
        discussion: """
            One message per manager with something to do: contacts overdue or due today, resolutions overdue or due \
            within five working days with no extension, closing emails owed, rulings to carry out, appeals awaiting \
            a ruling. Nothing on weekends and Dutch holidays. Unassigned cases go to default_account_manager, else \
            mail.lead. Exit code 3 when a message could not be sent or a manager has no address; the others still go.
            """)

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Send the messages through mail.sendmail instead of printing them.")
    var send = false

    func run() throws {
        let settings = try global.settings()
        let store = try global.openForReading()
        let run = try MorningMailRun(store: store, settings: settings, today: global.today, date: Date())
        if send {
            let outcome = run.send(settings: settings)
            print(outcome.summary)
            if !outcome.isComplete { throw ExitCode.someRecordsRejected }
        } else {
            print(run.preview, terminator: "")
            run.mail.notWorkingDay.map { printError("no morning mail: \($0) (not a working day)") }
            run.mail.problems.forEach(printError)
            if !run.mail.problems.isEmpty { throw ExitCode.someRecordsRejected }
        }
    }
}
