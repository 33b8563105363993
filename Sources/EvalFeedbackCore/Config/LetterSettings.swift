/// The config file's `letters` section: the appeal route, the default language and an
/// academy's own templates.
public struct LetterSettings: Sendable, Equatable {
    /// The independent third party a client may appeal to (procedure §6); no closing letter
    /// goes out without it.
    public var appealBody: String?
    /// The language of a letter when neither `--lang` nor the case says one.
    public var language: LetterLanguage = .nl
    /// A folder of the academy's own templates, absolute; a file there replaces the shipped one
    /// of the same name.
    public var templates: String?

    /// No appeal body, Dutch, the shipped templates.
    public init(appealBody: String? = nil, language: LetterLanguage = .nl, templates: String? = nil) {
        self.appealBody = appealBody
        self.language = language
        self.templates = templates
    }
}
