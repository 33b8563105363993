/// The words of the quarterly report and the register extract, in one of the two languages the
/// team's pages speak: English, as the CLI, the nightly job and the auditors' files write them,
/// or Dutch, for a Dutch reader of the site's pages.
public struct ReportWords: Sendable {
    /// The CLI's and the published files' words.
    public static let english = ReportWords(dutch: false, onPage: false)
    /// The team's words, which the site's pages use for the same values.
    public static let dutch = ReportWords(dutch: true, onPage: true)

    let dutch: Bool
    /// True on the site's pages, which name their own pages where the CLI names a command.
    let onPage: Bool

    /// The words for a reader of the site's pages in `language` (`en` English, anything else
    /// Dutch, as the pages).
    public init(language: String) {
        self.init(dutch: language != "en", onPage: true)
    }

    private init(dutch: Bool, onPage: Bool) {
        self.dutch = dutch
        self.onPage = onPage
    }

    /// `nl` for a Dutch reader, `en` for an English one.
    func say(_ nl: String, _ en: String) -> String { dutch ? nl : en }

    /// What an evaluation scores, by name.
    public func dimension(_ dimension: Dimension) -> String {
        switch dimension {
        case .training: say("training", dimension.label)
        case .day: say("dag", dimension.label)
        case .facilities: say("faciliteiten", dimension.label)
        case .trainer: say("trainer", dimension.label)
        }
    }

    /// Yes or no.
    func yes(_ value: Bool) -> String { value ? say("ja", "yes") : say("nee", "no") }

    /// A training's or trainer's row name: the grouped small ones and the blank in these words.
    func group(_ name: String) -> String {
        if name == QuarterlyReport.GroupFigures.notGiven { return say("(niet ingevuld)", name) }
        guard let count = QuarterlyReport.GroupFigures.otherCount(in: name) else { return name }
        return say("overig (\(count), elk minder dan 5 antwoorden)", name)
    }

    /// A count's label in the handling figures: a source, a dimension or an outcome as stored.
    func countLabel(_ label: String) -> String {
        if let source = CaseSource(rawValue: label) { return self.source(source) }
        if let dimension = Dimension.allCases.first(where: { $0.label == label }) { return self.dimension(dimension) }
        if let outcome = CaseOutcome(rawValue: label) { return self.outcome(outcome) }
        return label == QuarterlyReport.Handling.stillOpen ? say("nog open", label) : label
    }

    /// Where a complaint came in.
    public func source(_ source: CaseSource) -> String {
        switch source {
        case .evaluation: say("evaluatie", source.rawValue)
        case .oral: say("mondeling", source.rawValue)
        case .email: say("e-mail", source.rawValue)
        case .contactForm: say("contactformulier", source.rawValue)
        case .chat: say("chat", source.rawValue)
        case .evaluationNote: say("opmerking bij een evaluatie", source.rawValue)
        }
    }

    /// How a case was closed.
    public func outcome(_ outcome: CaseOutcome) -> String {
        switch outcome {
        case .resolved: say("opgelost", outcome.rawValue)
        case .unfounded: say("ongegrond", outcome.rawValue)
        }
    }

    /// Whether the client was satisfied, as closing recorded it.
    func satisfied(_ satisfied: ClientSatisfaction) -> String {
        switch satisfied {
        case .yes: yes(true)
        case .no: yes(false)
        case .unknown: say("onbekend", satisfied.rawValue)
        }
    }

    /// The third party's ruling on an appeal.
    public func ruling(_ ruling: Ruling) -> String {
        switch ruling {
        case .upheld: say("gegrond", ruling.rawValue)
        case .rejected: say("ongegrond", ruling.rawValue)
        }
    }

    /// A letter's kind.
    func letter(_ kind: LetterKind) -> String {
        switch kind {
        case .acknowledgement: say("ontvangstbevestiging", kind.rawValue)
        case .delay: say("vertragingsbericht", kind.rawValue)
        case .closing: say("afsluitbrief", kind.rawValue)
        }
    }
}
