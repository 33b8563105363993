/// The languages letters and the morning mail are written in.
public enum LetterLanguage: String, Sendable, CaseIterable {
    /// Dutch, the academy's own.
    case nl
    /// English.
    case en

    /// The language a survey tool or a person names: `nl`, `NL-BE`, `Nederlands`, `en-GB`, `English`;
    /// nil for any other.
    public init?(naming text: String) {
        let code = text.trimmed.lowercased()
        if code == "nl" || code.hasPrefix("nl-") || code.hasPrefix("nl_") || code == "nederlands" || code == "dutch" {
            self = .nl
        } else if code == "en" || code.hasPrefix("en-") || code.hasPrefix("en_") || code == "english"
            || code == "engels"
        {
            self = .en
        } else {
            return nil
        }
    }

    /// The letters' language for a case in `language`; nil when no letters are written in it
    /// (a German case gets the config's `letters.language`).
    public init?(_ language: LanguageCode) {
        self.init(rawValue: language.code)
    }

    /// A day as people write it in this language: `18 december 2026`, `18 December 2026`.
    public func write(_ day: LocalDate) -> String {
        let months =
            switch self {
            case .nl:
                [
                    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                    "november", "december",
                ]
            case .en:
                [
                    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                    "November", "December",
                ]
            }
        return "\(day.day) \(months[day.month - 1]) \(day.year)"
    }
}
