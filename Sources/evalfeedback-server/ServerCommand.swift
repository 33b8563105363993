import ArgumentParser

/// evalfeedback-server: the complaints register in a browser, on the same register and library
/// as the command-line tool and the nightly job (issue 23).
@main
struct ServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evalfeedback-server",
        abstract: "Serve the complaints register to the team in a browser, and manage who may sign in.",
        discussion: "Exit codes: 0 done; 64 usage error; 65 a user could not be added or changed; "
            + "74 the database could not be opened or written; 78 the config file cannot be used.",
        subcommands: [ServeCommand.self, UserCommand.self])
}
