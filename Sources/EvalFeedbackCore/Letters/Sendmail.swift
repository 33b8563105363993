import Dispatch
import Foundation

/// Hands a message to the configured sendmail command (`mail.sendmail`), which reads one
/// message on stdin and takes its recipients from the headers, as `/usr/sbin/sendmail -t -oi`.
public struct Sendmail: Sendable {
    /// The command line, split on spaces; the first word is the program, with its full path.
    public let command: String

    /// The command `settings` name.
    public init(_ settings: MailSettings) { command = settings.sendmail }

    /// Pipes `message` to the command and waits for it; throws unless it exits with 0.
    public func send(_ message: String) throws(SendError) {
        let words = command.split(separator: " ").map(String.init)
        guard let program = words.first else { throw .cannotStart(command: command, reason: "the command is empty") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = Array(words.dropFirst())
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        // A command that exits without reading its input must fail this send, not end the
        // whole run with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        do {
            try process.run()
        } catch {
            throw .cannotStart(command: command, reason: (error as NSError).localizedDescription)
        }
        // Its output is read while it runs, so that a talkative command cannot block on a full pipe.
        let reading = output.fileHandleForReading
        let (said, written) = Beside.run({ reading.readDataToEndOfFile() }) {
            let written = (try? input.fileHandleForWriting.write(contentsOf: Data(message.utf8))) != nil
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
            return written
        }
        let text = String(decoding: said, as: UTF8.self).trimmed
        guard process.terminationReason == .exit, process.terminationStatus == 0, written else {
            let status =
                process.terminationReason == .exit
                ? "exited with \(process.terminationStatus)" : "was killed by signal \(process.terminationStatus)"
            throw .failed(
                command: command, status: written ? status : status + " before reading the message", output: text)
        }
    }
}

/// Why a message was not sent.
public enum SendError: Error, Equatable, CustomStringConvertible {
    /// The command could not be started.
    case cannotStart(command: String, reason: String)
    /// It ran, and failed.
    case failed(command: String, status: String, output: String)

    /// The message for the user.
    public var description: String {
        switch self {
        case .cannotStart(let command, let reason):
            "cannot run '\(command)' (\(reason)); check mail.sendmail in the config file"
        case .failed(let command, let status, let output):
            "'\(command)' \(status)" + (output.isEmpty ? "" : ": " + MailText.oneLine(String(output.prefix(300))))
        }
    }
}
