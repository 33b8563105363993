/// What a letter tells the client, taken from the case and the config, each value checked
/// for what the procedure requires before any template is rendered (R9, R11, R14).
public struct LetterFacts: Sendable, Equatable {
    /// Which letter.
    public let kind: LetterKind
    /// In which language.
    public let language: LetterLanguage
    /// The case number, for the subject and replies.
    public let caseID: Int64
    /// The client's address.
    public let recipient: MailAddress
    /// The client's organisation.
    public let organisation: String?
    /// The training concerned.
    public let training: String?
    /// The complaint as registered.
    public let complaint: String
    /// The day it was registered.
    public let registeredOn: LocalDate
    /// R9's date.
    public let contactBy: LocalDate
    /// The account manager's name.
    public let managerName: String?
    /// Why it takes longer (delay).
    public let reason: String?
    /// When to expect an answer (delay).
    public let expected: LocalDate?
    /// Resolved or unfounded (closing).
    public let outcome: CaseOutcome?
    /// What was done, or why it is unfounded (closing).
    public let resolution: String?
    /// The independent third party (closing).
    public let appealBody: String?

    /// The facts of `kind` for `current`, or the element it would lack.
    ///
    /// `managerName` is the case's account manager (R15); `appealBody` the config's.
    public init(
        _ kind: LetterKind, for current: ComplaintCase, language: LetterLanguage, appealBody: String?
    ) throws(LetterError) {
        guard let email = current.contactEmail?.trimmedOrNil,
            let address = MailAddress(
                name: current.contactName, address: email)
        else {
            throw .noRecipient(caseID: current.id, given: current.contactEmail?.trimmedOrNil)
        }
        var reason: String?
        var expected: LocalDate?
        var outcome: CaseOutcome?
        var resolution: String?
        var body: String?
        if kind != .closing, !current.state.isOpen {
            throw .notOpen(caseID: current.id, kind: kind, state: current.stateDescription)
        }
        switch kind {
        case .acknowledgement: break
        case .delay:
            guard let extended = current.extension else { throw .noExtension(caseID: current.id) }
            guard extended.expected > extended.toldOn else {
                throw .expectedNotAfterTold(caseID: current.id, expected: extended.expected, toldOn: extended.toldOn)
            }
            reason = extended.reason
            expected = extended.expected
        case .closing:
            guard let closing = current.closing else {
                throw .notClosed(caseID: current.id, state: current.stateDescription)
            }
            guard let configured = appealBody?.trimmedOrNil else { throw .noAppealBody }
            outcome = closing.outcome
            resolution = closing.resolution
            body = configured
        }
        self.init(
            kind: kind, language: language, caseID: current.id, recipient: address, organisation: current.client,
            training: current.training, complaint: Self.complaint(of: current, in: language),
            registeredOn: current.registeredOn, contactBy: current.contactDue, managerName: current.manager,
            reason: reason, expected: expected, outcome: outcome, resolution: resolution, appealBody: body)
    }

    /// Facts given one by one: the sample case `letters check` renders every template with.
    init(
        kind: LetterKind, language: LetterLanguage, caseID: Int64, recipient: MailAddress, organisation: String?,
        training: String?, complaint: String, registeredOn: LocalDate, contactBy: LocalDate, managerName: String?,
        reason: String?, expected: LocalDate?, outcome: CaseOutcome?, resolution: String?, appealBody: String?
    ) {
        self.kind = kind
        self.language = language
        self.caseID = caseID
        self.recipient = recipient
        self.organisation = organisation
        self.training = training
        self.complaint = complaint
        self.registeredOn = registeredOn
        self.contactBy = contactBy
        self.managerName = managerName
        self.reason = reason
        self.expected = expected
        self.outcome = outcome
        self.resolution = resolution
        self.appealBody = appealBody
    }

    /// The complaint as registered: what the client wrote or said, else the low scores an
    /// evaluation gave (R3).
    private static func complaint(of current: ComplaintCase, in language: LetterLanguage) -> String {
        if let summary = current.summary?.trimmedOrNil { return summary }
        let scores = current.lowScores ?? ""
        let training = current.training.map { " (\($0))" } ?? ""
        return switch language {
        case .nl: "Uw evaluatie\(training) gaf een 6 of lager: \(scores)"
        case .en: "Your evaluation\(training) scored 6 or lower: \(scores)"
        }
    }

    /// The sentence every closing letter must hold: the third party's ruling binds the academy.
    public var bindingStatement: String {
        switch language {
        case .nl: "De uitspraak van deze onafhankelijke derde is bindend voor de academie."
        case .en: "The ruling of this independent third party binds the academy."
        }
    }

    /// Each required element's value as the text part must show it.
    func required(_ element: LetterElement) -> String? {
        switch element {
        case .complaint: complaint
        case .contactBy: language.write(contactBy)
        case .delayReason: reason
        case .expectedDate: expected.map(language.write)
        case .outcome: resolution
        case .appealBody: appealBody
        case .bindingRuling: bindingStatement
        }
    }

    /// The values a template sees, each cleaned for mail (`MailText.clean`), and for `html`
    /// escaped with line breaks as `<br>`: a template cannot leave a value unescaped, even
    /// with triple braces.
    func values(html: Bool) -> [String: Any] {
        func text(_ value: String?) -> Any {
            guard let value = value.map(MailText.clean) else { return false }
            return html ? Self.html(value) : value
        }
        return [
            "case_number": String(caseID),
            "client_name": text(recipient.name),
            "client_email": text(recipient.address),
            "organisation": text(organisation),
            "training": text(training),
            "complaint": text(complaint),
            "registered_on": language.write(registeredOn),
            "contact_by": language.write(contactBy),
            "manager_name": text(managerName),
            "reason": text(reason),
            "expected_date": expected.map(language.write) ?? false,
            "resolved": outcome == .resolved,
            "unfounded": outcome == .unfounded,
            "resolution": text(resolution),
            "appeal_body": text(appealBody),
            "binding_statement": text(appealBody == nil ? nil : bindingStatement),
        ]
    }

    /// `text` escaped for HTML, its line breaks as `<br>`.
    static func html(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "\n")) else { return HTMLPage.escape(text) }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { HTMLPage.escape(String($0)) }
            .joined(separator: "<br>\n")
    }
}
