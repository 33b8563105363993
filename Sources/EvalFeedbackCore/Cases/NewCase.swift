/// A complaint case about to be registered, from any source (R3, R7), with its deadlines.
public struct NewCase: Sendable, Equatable {
    /// Where it came in.
    public var source: CaseSource
    /// The client organisation; decides the account manager (R15).
    public var client: String?
    /// Who complained: personal data (R16).
    public var contactName: String?
    /// How to reach them: personal data (R16).
    public var contactEmail: String?
    /// The training it is about.
    public var training: String?
    /// The trainer it is about.
    public var trainer: String?
    /// For an evaluation: the low scores that raised the flag (R3).
    public var lowScores: [LowScore]
    /// What the complaint says.
    public var summary: String?
    /// The day the academy registered it.
    public var registeredOn: LocalDate
    /// Contact and resolution due (R9, R10).
    public var deadlines: Deadlines
    /// The client's language, for a case registered by hand (`case open --lang`); an
    /// evaluation's case has its response's (issue 24).
    public var language: LanguageCode? = nil
}

extension NewCase {
    /// A complaint registered by hand (R7): it follows the same route and deadlines as an
    /// evaluation case, counted from the day it was registered.
    public init(
        source: CaseSource, client: String, contactName: String, contactEmail: String?, training: String?,
        trainer: String?, summary: String, registeredOn: LocalDate, calendar: WorkingDayCalendar,
        language: LanguageCode? = nil
    ) {
        self.source = source
        // Names stay on one line, so that they never split a list's lines.
        self.client = client.collapsedToOneLine.trimmedOrNil
        self.contactName = contactName.collapsedToOneLine.trimmedOrNil
        self.contactEmail = contactEmail?.collapsedToOneLine.trimmedOrNil
        self.training = training?.collapsedToOneLine.trimmedOrNil
        self.trainer = trainer?.collapsedToOneLine.trimmedOrNil
        lowScores = []
        self.summary = summary.trimmedOrNil
        self.registeredOn = registeredOn
        deadlines = Deadlines(registeredOn: registeredOn, calendar: calendar)
        self.language = language
    }
}
