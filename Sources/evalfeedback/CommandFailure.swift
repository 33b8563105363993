import ArgumentParser
import EvalFeedbackCore
import Foundation
import GRDB

extension ExitCode {
    /// Imported, but some records were rejected: cron should alert someone.
    static let someRecordsRejected = ExitCode(3)
    /// `check` found the register inconsistent.
    static let problemsFound = ExitCode(5)
    /// Bad usage (EX_USAGE).
    static let usage = ExitCode(64)
    /// A file could not be imported at all (EX_DATAERR).
    static let fileNotImportable = ExitCode(65)
    /// A case step was refused (R12): the case's state or the dates do not allow it.
    static let stepRefused = ExitCode(65)
    /// A letter could not be handed to sendmail (EX_UNAVAILABLE); nothing was recorded.
    static let sendFailed = ExitCode(69)
    /// Another nightly run is still busy (EX_TEMPFAIL): try again later.
    static let busy = ExitCode(75)
    /// The config file cannot be used (EX_CONFIG).
    static let badConfig = ExitCode(78)
    /// The database, or an output file, could not be opened or written (EX_IOERR).
    static let databaseFailure = ExitCode(74)
}

/// Turns the library's errors into a message on stderr and the documented exit code.
enum CommandFailure {
    static func translate(_ error: any Error) -> any Error {
        switch error {
        case let error as ImportError:
            printError(error.description)
            return ExitCode.fileNotImportable
        case let error as StoreError:
            printError(error.description)
            return ExitCode.databaseFailure
        case let error as ListError:
            printError(error.description)
            if case .unknownFile = error { return ExitCode.fileNotImportable }
            return ExitCode.usage
        case let error as RenderError:
            printError(error.description)
            return ExitCode.usage
        case let error as CaseStepError:
            printError(error.description)
            return ExitCode.stepRefused
        case let error as NightlyError:
            printError(error.description)
            switch error {
            case .busy: return ExitCode.busy
            case .noInbox: return ExitCode.usage
            case .cannotLock: return ExitCode.databaseFailure
            }
        case let error as LetterError:
            printError(error.description)
            return ExitCode.stepRefused
        case let error as SendError:
            printError("the letter was not sent: \(error). Nothing was recorded.")
            return ExitCode.sendFailed
        case let error as ConfigError:
            printError(error.description)
            return ExitCode.badConfig
        case let error as AtomicFileError:
            printError(error.description)
            return ExitCode.databaseFailure
        case let error as DatabaseError:
            printError(
                "the database failed (\(error.message ?? error.description)). Nothing of this step was written; "
                    + "check disk space and permissions, then run the command again.")
            return ExitCode.databaseFailure
        default:
            return error
        }
    }
}

/// Writes one line to stderr, where warnings and errors go (stdout is for results).
func printError(_ message: String) {
    FileHandle.standardError.write(Data(("evalfeedback: " + message.safeForMessage + "\n").utf8))
}
