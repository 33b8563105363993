/// A respondent's language as a two-letter lowercase ISO 639-1 code: `nl`, `en`, `de`.
///
/// Survey tools write it in their own ways: LimeSurvey's `startlanguage` as `nl`, `de-informal`
/// or `pt-BR`, Qualtrics' `UserLanguage` as `EN`, `EN-GB` or `ZH-S`, a spreadsheet as `nl_BE`.
/// Only the language itself matters here (which letters a client gets, issue 24), so the region
/// or variant is dropped. Anything else is no language: it is stored as none, without a
/// warning, because a missing language only means the config's `letters.language` is used.
public struct LanguageCode: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The two lowercase letters.
    public let code: String

    /// The language `text` names: two letters, optionally followed by `-` or `_` and a region
    /// or variant of letters and digits; also the names Dutch and English (`Nederlands`,
    /// `English`), which a hand-made export may hold. Nil for anything else.
    public init?(_ text: String) {
        let trimmed = text.trimmed
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "_", omittingEmptySubsequences: false) }
        if let language = parts.first, language.count == 2, language.allSatisfy(\.isASCIILetter),
            parts.dropFirst().allSatisfy({ !$0.isEmpty && $0.count <= 8 && $0.allSatisfy(\.isASCIIAlphanumeric) })
        {
            code = language.lowercased()
            return
        }
        switch trimmed.lowercased() {
        case "nederlands", "dutch": code = "nl"
        case "english", "engels": code = "en"
        default: return nil
        }
    }

    /// Decoded from its code, as `encode(to:)` writes it: `"nl"`.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let language = LanguageCode(text) else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: decoder.codingPath, debugDescription: "'\(text)' is no language code")
            )
        }
        self = language
    }

    /// Encoded as its code alone, `"nl"`, as the register stores it.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }

    /// The code itself, as stored: `nl`.
    public var description: String { code }
}

extension Character {
    /// `a`-`z` or `A`-`Z`.
    fileprivate var isASCIILetter: Bool { isASCII && isLetter }

    /// A letter or digit in ASCII.
    fileprivate var isASCIIAlphanumeric: Bool { isASCII && (isLetter || isNumber) }
}
