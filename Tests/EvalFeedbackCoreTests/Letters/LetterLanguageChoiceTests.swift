import Foundation
import GRDB
import Testing

@testable import EvalFeedbackCore

/// Issue 24: a letter is in `--lang`, else in the case's language when letters are written in
/// it, else in the config's `letters.language`. The case's language comes from the export.
@Suite("The letter's language: --lang, else the case's, else the config's")
struct LetterLanguageChoiceTests {
    /// A LimeSurvey codes export: id, submit date, last page, start language, as LimeSurvey
    /// writes them, then the evaluation; every response has a low score.
    static func limeSurvey(languages: [String]) -> String {
        let header =
            "\"id\",\"submitdate\",\"lastpage\",\"startlanguage\",\"seed\",\"startdate\",\"datestamp\",\"training\","
            + "\"trainer\",\"organisatie\",\"naam\",\"email\",\"beoordeling[training]\",\"beoordeling[dag]\","
            + "\"beoordeling[faciliteiten]\",\"beoordeling[trainer]\",\"opmerkingen\""
        let rows = languages.enumerated().map { number, language in
            let id = number + 1
            return "\"\(id)\",\"2026-11-23 16:0\(id):00\",\"3\",\"\(language)\",\"12345\",\"2026-11-23 16:00:00\","
                + "\"2026-11-23 16:0\(id):00\",\"Excel voor gevorderden\",\"Ruud Verhoeven\",\"Gemeente Zuidwolde\","
                + "\"Deelnemer \(id)\",\"deelnemer\(id)@zuidwolde.example\",\"4\",\"8\",\"8\",\"8\",\"Te snel\""
        }
        return ([header] + rows).joined(separator: "\n") + "\n"
    }

    @Test("A LimeSurvey export's start language is each case's letters' language, without --lang")
    func fromTheExport() throws {
        let register = try LetterRegister()
        try register.store.importText(Self.limeSurvey(languages: ["en", "nl", "EN-GB", "nl_BE"]))
        let languages = try (1...4).map { try register.letter(.acknowledgement, Int64($0)).letter.facts.language }
        #expect(languages == [.en, .nl, .en, .nl])
        let english = try register.letter(.acknowledgement, 1).message.rendered
        #expect(english.contains("Subject: Your complaint"))
        let dutch = try register.letter(.acknowledgement, 2).message.rendered
        #expect(dutch.contains("Subject: Uw klacht"))
    }

    @Test("--lang overrides the case's language")
    func overridden() throws {
        let register = try LetterRegister()
        try register.store.importText(Self.limeSurvey(languages: ["en", "nl"]))
        #expect(try register.letter(.acknowledgement, 1, .nl).letter.facts.language == .nl)
        #expect(try register.letter(.acknowledgement, 2, .en).letter.facts.language == .en)
    }

    @Test(
        "A case in a language without letters, or none, gets the config's letters.language",
        arguments: [LetterLanguage.en, .nl])  // both, so that neither is the answer by chance
    func fallsBack(configured: LetterLanguage) throws {
        var register = try LetterRegister()
        register.settings.letters.language = configured
        try register.store.importText(Self.limeSurvey(languages: ["de", "", "xx-!"]))
        for id in 1...3 as ClosedRange<Int64> {
            #expect(try register.letter(.acknowledgement, id).letter.facts.language == configured, "case \(id)")
        }
        // The German client's language is kept (for the day letters are written in it); the
        // unreadable one is none, without a warning.
        #expect(try register.stored("SELECT language FROM response ORDER BY id") == ["de", nil, nil])
        #expect(try register.store.count("response", where: "warnings IS NOT NULL") == 0)
    }

    @Test("R7: a case registered by hand in English gets English letters; the config's otherwise")
    func registeredByHand() throws {
        let register = try LetterRegister()
        let newCase = NewCase(
            source: .email, client: "Gemeente Zuidwolde", contactName: "Karin de Wit",
            contactEmail: "k.dewit@zuidwolde.example", training: nil, trainer: nil, summary: "Geen certificaat",
            registeredOn: try #require(LocalDate("2026-11-20")), calendar: register.settings.calendar,
            language: LanguageCode("en"))
        let opened = try register.store.register(
            newCase, lifecycle: try register.rules("2026-11-20"), defaultManager: nil
        ).0
        #expect(opened.language?.code == "en")
        #expect(try register.letter(.acknowledgement, opened.id).letter.facts.language == .en)
        let plain = try register.open()
        #expect(plain.language == nil)
        #expect(try register.letter(.acknowledgement, plain.id).letter.facts.language == .nl)
    }
}

extension LetterRegister {
    /// The first column of each row `sql` selects.
    func stored(_ sql: String) throws -> [String?] {
        try store.withConnection { db in try Row.fetchAll(db, sql: sql).map { $0[0] as String? } }
    }
}
