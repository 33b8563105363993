import ArgumentParser
import EvalFeedbackCore

/// `evalfeedback backup FILE`: a consistent copy while imports may be running.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the register to FILE, consistently, even while others are writing (mode 0600).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Where the copy goes; an existing file is replaced once the copy is complete.")
    var file: String

    func run() throws {
        try global.openForReading().backup(to: file)
        print("backup written to \(file)")
    }
}
