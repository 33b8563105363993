import EvalFeedbackCore

/// What was wrong with a request, as a value: the route says what, `Wording.problem` says it
/// in the user's language. Every problem changed nothing.
enum PageProblem: Sendable {
    /// The page or case is not there, or not the user's (R16): the same answer for both.
    case notFound
    /// The user's role may not do this.
    case forbidden
    /// Form field `field` (its name in the form) holds `text`, which is not a date.
    case notADate(field: String, text: String)
    /// An extension without the date the client can expect an answer.
    case expectedMissing
    /// Form field `field` holds `text`, none of `choices`.
    case notAChoice(field: String, text: String, choices: [String])
    /// The ruling form without a ruling.
    case rulingMissing
    /// The new-case form without a source one may register by hand.
    case sourceMissing
    /// The language form without `nl` or `en`.
    case languageMissing
    /// The lifecycle refused step `step` (its form's name) on `complaint` (R12).
    case refused(CaseStepError, step: String, complaint: ComplaintCase)
    /// The lifecycle refused to register `newCase` (R7).
    case notRegistered(CaseStepError, NewCase)
    /// The assign form names an account manager nobody knows, without "a new account manager".
    case unknownAssignee(String, known: [String])
    /// The upload form without a file.
    case fileMissing
    /// The import refused the file.
    case notImported(ImportError)
    /// The upload could not be written to the server's disk.
    case uploadNotStored
    /// `?quarter=` is not a quarter.
    case notAQuarter(String)
    /// The extract's period ends before it starts.
    case fromAfterTo(LocalDate, LocalDate)
    /// Personal data asked for by a user who may not see it (R16).
    case personalDataNotAllowed
    /// Wrong login or password.
    case wrongLogin
    /// Five wrong passwords: signing in is locked for `minutes` more minutes.
    case lockedOut(minutes: Int)
    /// The current password given to change it is wrong.
    case wrongPassword
    /// The two new passwords differ.
    case passwordsDiffer
    /// The new password is shorter than `PasswordHasher`'s minimum.
    case passwordTooShort(minimum: Int)
    /// The new password is longer than bcrypt reads.
    case passwordTooLong(maximumBytes: Int)
    /// A POST whose body is not a form (sent as `contentType`).
    case notAForm(contentType: String)
    /// A POST without this session's form token.
    case formExpired
    /// A POST from a page of another site, `origin`, not `expected`.
    case crossSite(origin: String, expected: String)
    /// An upload larger than the limit, in MiB.
    case uploadTooLarge(limitMB: Int)
    /// A form larger than the limit, in KiB.
    case formTooLarge(limitKiB: Int)
    /// The register could not be read or written; `code` is SQLite's.
    case registerFailed(code: String)
    /// The register could not be opened.
    case registerUnavailable
    /// Anything else that failed on the server.
    case serverFailed
    /// Another HTTP status with no words of its own (a method a page does not take, say).
    case status(code: Int)
}
