import ArgumentParser
import EvalFeedbackCore
import Foundation

/// `evalfeedback case letter ID KIND`: the letter the procedure promises the client (R9, R11, R14).
struct CaseLetterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letter",
        abstract: "Print, or send, the acknowledgement, delay or closing letter to the client.",
        discussion: """
            Without --send it prints the whole email (RFC 5322). With --send it pipes it to mail.sendmail and records \
            the letter in the case's history (kind, date, recipient, SHA-256); a closing letter also records the \
            closing email sent (R14). A letter that would lack what the procedure requires (an email address, a \
            recorded extension, the appeal body) is refused with exit code 65; a failed send exits 69 and records \
            nothing. See docs/letters.md.
            """)

    @OptionGroup var step: StepOptions

    @Argument(help: "The case number.")
    var id: Int64

    @Argument(help: "acknowledgement, delay or closing.")
    var kind: LetterKind

    @Option(
        help: """
            The letter's language, nl or en (default: the case's, when its letters are written in it; else the \
            config's letters.language).
            """)
    var lang: LetterLanguage?

    @Flag(help: "Send it through mail.sendmail and record it, instead of printing it.")
    var send = false

    func run() throws {
        let settings = try step.global.settings()
        let store = send ? try step.global.openDatabase() : try step.global.openForReading()
        let letter = try CaseLetter(
            kind, caseID: id, language: lang, store: store, settings: settings, date: Date())
        guard send else {
            print(letter.message.rendered, terminator: "")
            return
        }
        for line in try letter.send(store: store, settings: settings, lifecycle: step.lifecycle(settings)) {
            print(line)
        }
    }
}
