import ArgumentParser
import EvalFeedbackCore
import Foundation

/// `evalfeedback clients import FILE`: who is each client's account manager (R15).
struct ClientsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clients",
        abstract: "Manage clients and their account managers.",
        subcommands: [Import.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read a CSV of client, account manager and the manager's email.",
            discussion: "Clients already known get the manager the file names; their open cases follow at once.")

        @OptionGroup var global: GlobalOptions

        @Argument(
            help: "The clients CSV (columns client, account_manager, account_manager_email).", completion: .file())
        var file: String

        func run() throws {
            let store = try global.openOrCreateDatabase()
            let name = URL(fileURLWithPath: file).lastPathComponent
            let summary = try store.importClients(from: URL(fileURLWithPath: file), name: name)
            print(summary.line)
            (summary.problems + summary.warnings).forEach(printError)
            if !summary.problems.isEmpty || !summary.warnings.isEmpty { throw ExitCode.someRecordsRejected }
        }
    }
}
