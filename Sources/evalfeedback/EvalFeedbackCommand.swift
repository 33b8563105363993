import ArgumentParser

/// evalfeedback: course evaluations in, complaint cases with deadlines and follow-up lists out.
@main
struct EvalFeedbackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evalfeedback",
        abstract: "Flag low course-evaluation scores and follow every complaint up within the procedure's deadlines.",
        discussion: "Exit codes: 0 done; 3 done, but records were rejected; 5 check found problems; 64 usage error; "
            + "65 a file could not be imported, a case step or a letter was refused; 69 a letter could not be sent; "
            + "74 the database could not be opened or written; 75 another nightly run was still busy; "
            + "78 the config file cannot be used.",
        subcommands: [
            NightlyCommand.self, ImportCommand.self, InspectCommand.self, ClientsCommand.self, CaseCommand.self,
            FollowupsCommand.self,
            ReportCommand.self, RegisterCommand.self,
            RejectsCommand.self, CalendarCommand.self, PurgeCommand.self, BackupCommand.self, CheckCommand.self,
            DigestCommand.self, LettersCommand.self,
        ])

    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exit(withError: CommandFailure.translate(error))
        }
    }
}
