public import Foundation

/// Makes, and on request sends and records, one letter to a client: `case letter`.
///
/// Everything the letter must hold is checked before anything is printed, sent or recorded
/// (R9, R11, R14); a letter goes into the case's history only once sendmail took it (R13).
public struct CaseLetter: Sendable {
    /// The letter's facts, rendered and checked.
    public let letter: Letter
    /// The whole message.
    public let message: MailMessage

    /// Letter `kind` for case `caseID` in `language`, dated `date` with `messageID` (nil: a new
    /// one). Without `language` (`--lang`), the case's language when letters are written in it,
    /// else the config's `letters.language`: a German client gets the academy's default, not
    /// a letter in a language the templates do not have (issue 24).
    public init(
        _ kind: LetterKind, caseID: Int64, language: LetterLanguage?, store: AppDatabase, settings: Settings,
        date: Date, messageID: String? = nil
    ) throws {
        let current = try store.complaintCase(caseID, defaultManager: settings.defaultManager)
        guard let sender = settings.mail.from else { throw LetterError.noSender }
        let facts = try LetterFacts(
            kind, for: current,
            language: language ?? current.language.flatMap(LetterLanguage.init) ?? settings.letters.language,
            appealBody: settings.letters.appealBody)
        letter = try Letter(facts, templates: LetterTemplates(folder: settings.letters.templates))
        let manager = try current.manager.flatMap { try store.managerAddress(of: $0) }
        message = letter.message(
            from: sender, replyTo: manager, date: date, messageID: messageID ?? MailMessage.newMessageID(from: sender))
    }

    /// Sends the message through `mail.sendmail`, then records it in the case's history with
    /// its SHA-256 (R13); a closing letter also records the closing email sent (R14).
    public func send(store: AppDatabase, settings: Settings, lifecycle: CaseLifecycle) throws -> [String] {
        let rendered = message.rendered
        try Sendmail(settings.mail).send(rendered)
        let sent = SentLetter(
            kind: letter.facts.kind, sentOn: lifecycle.today, recipient: message.to.address,
            sha256: SHA256.hex(rendered.utf8))
        return try store.record(
            sent, on: letter.facts.caseID, lifecycle: lifecycle, defaultManager: settings.defaultManager)
    }
}
