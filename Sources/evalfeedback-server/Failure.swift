import ArgumentParser
import EvalFeedbackCore
import Foundation

/// Turns the library's errors into a message on stderr and the documented exit code.
enum Failure {
    static func translate(_ error: any Error) -> any Error {
        switch error {
        case let error as UserError:
            printError(error.description)
            return ExitCode(65)
        case let error as StoreError:
            printError(error.description)
            return ExitCode(74)
        case let error as ConfigError:
            printError(error.description)
            return ExitCode(78)
        default:
            return error
        }
    }
}

/// Writes one line to stderr.
func printError(_ message: String) {
    FileHandle.standardError.write(Data(("evalfeedback-server: " + message.safeForMessage + "\n").utf8))
}
