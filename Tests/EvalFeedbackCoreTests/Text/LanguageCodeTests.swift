import Testing

@testable import EvalFeedbackCore

@Suite("Language codes: what the survey tools write, as two lowercase letters")
struct LanguageCodeTests {
    @Test(
        "A code with or without its region or variant is its two letters, lowercase",
        arguments: [
            ("nl", "nl"),  // LimeSurvey's startlanguage
            ("NL", "nl"),  // Qualtrics' UserLanguage
            ("nl-NL", "nl"),
            ("nl_BE", "nl"),  // a locale as spreadsheets write it
            ("EN-GB", "en"),
            (" en ", "en"),  // a stray space
            ("de-informal", "de"),  // LimeSurvey's informal German
            ("pt-BR", "pt"),
            ("ZH-S", "zh"),  // Qualtrics' simplified Chinese
            ("Nederlands", "nl"),  // a hand-made export's name for it
            ("English", "en"),
        ])
    func normalised(text: String, code: String) {
        #expect(LanguageCode(text)?.code == code)
    }

    @Test(
        "Anything else is no language",
        arguments: [
            "",  // left empty
            "n",  // one letter
            "nld",  // three letters: not what any of the tools writes
            "nl-",  // a dangling separator
            "nl--NL",
            "n1",  // not letters
            "Deutsch",  // a name the letters have no use for
            "é",
            "nl-NL-longervariant",  // a part longer than eight
        ])
    func unparseable(text: String) {
        #expect(LanguageCode(text) == nil)
    }

    @Test("Encoded and decoded as the code alone")
    func coded() throws {
        let code = try #require(LanguageCode("EN-gb"))
        #expect(code.description == "en")
        #expect(LetterLanguage(code) == .en)
        #expect(LetterLanguage(try #require(LanguageCode("de"))) == nil)
    }
}
