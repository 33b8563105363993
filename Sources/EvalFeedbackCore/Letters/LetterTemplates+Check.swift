extension LetterTemplates {
    /// One template file's result in `letters check`.
    public struct Checked: Sendable, Equatable {
        /// The file, as messages name it.
        public let file: String
        /// Why it fails; nil when it renders every element.
        public let problem: LetterError?
    }

    /// Renders every letter template, shipped and the academy's, with a sample case in each
    /// language (a closing letter both resolved and unfounded), and says per file whether the
    /// output holds every element its letter requires.
    public func check() -> [Checked] {
        var results: [Checked] = []
        for kind in LetterKind.allCases {
            for language in LetterLanguage.allCases {
                for part in Part.allCases {
                    for file in files(kind.rawValue, language, part) {
                        results.append(Checked(file: file.label, problem: problem(of: file, kind, language, part)))
                    }
                }
            }
        }
        return results
    }

    private func problem(of file: File, _ kind: LetterKind, _ language: LetterLanguage, _ part: Part) -> LetterError? {
        let outcomes: [CaseOutcome?] = kind == .closing ? [.resolved, .unfounded] : [nil]
        do {
            for outcome in outcomes {
                let facts = LetterFacts.sample(kind, language, outcome: outcome)
                let rendered = try render(file, facts.values(html: part == .html))
                switch part {
                case .subject:
                    if MailText.oneLine(rendered).isEmpty {
                        return .badTemplate(file: file.label, problem: "renders an empty subject")
                    }
                case .text, .html: try Letter.check(rendered, of: facts, file: file, part: part)
                }
            }
            return nil
        } catch {
            return error
        }
    }
}

extension LetterFacts {
    /// A case with a value for every element, each distinct, and characters HTML must escape.
    static func sample(_ kind: LetterKind, _ language: LetterLanguage, outcome: CaseOutcome?) -> LetterFacts {
        let registered = LocalDate(year: 2026, month: 11, day: 20) ?? LocalDate(dayNumber: 0)
        return LetterFacts(
            kind: kind, language: language, caseID: 4711,
            recipient: MailAddress(known: "client@sample.example", name: "Sample Client"),
            organisation: "Sample Organisation & Co", training: "Sample Training <Excel>",
            complaint: "Sample complaint: the room was \"too cold\" & noisy", registeredOn: registered,
            contactBy: registered.adding(days: 4), managerName: "Sample Manager",
            reason: kind == .delay ? "Sample reason: the trainer's report <is> awaited" : nil,
            expected: kind == .delay ? registered.adding(days: 42) : nil, outcome: outcome,
            resolution: outcome == .unfounded
                ? "Sample grounds: the room was 21 °C & within the agreed range"
                : outcome == .resolved ? "Sample remedy: a free repeat day & a new room" : nil,
            appealBody: kind == .closing ? "Sample Appeals Board <Stichting>" : nil)
    }
}
