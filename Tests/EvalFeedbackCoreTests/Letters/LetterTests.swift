import Foundation
import Testing

@testable import EvalFeedbackCore

@Suite("Letters to clients: what they hold, in both languages")
struct LetterTests {
    /// Each letter, in each language, for the case `LetterRegister.everyStep` puts at its step.
    static let goldens: [(kind: LetterKind, caseID: Int64, name: String)] = [
        (.acknowledgement, 1, "acknowledgement"),  // registered, not yet contacted
        (.delay, 2, "delay"),  // contacted and extended in time
        (.closing, 3, "closing-resolved"),  // closed: what was done
        (.closing, 4, "closing-unfounded"),  // closed: why it is unfounded
    ]

    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden")

    @Test(
        "Every kind in both languages matches its golden file (EVALFEEDBACK_RECORD=1 rewrites them and fails)",
        arguments: LetterLanguage.allCases)
    func golden(language: LetterLanguage) throws {
        let register = try LetterRegister()
        try register.everyStep()
        for golden in Self.goldens {
            let message = try register.letter(golden.kind, golden.caseID, language).message.rendered
            let file = Self.goldenFolder.appendingPathComponent("\(golden.name).\(language.rawValue).eml")
            if ProcessInfo.processInfo.environment["EVALFEEDBACK_RECORD"] != nil {
                try FileManager.default.createDirectory(at: Self.goldenFolder, withIntermediateDirectories: true)
                try Data(message.utf8).write(to: file)
                Issue.record(
                    "re-recorded \(file.lastPathComponent); read the diff, then run again without EVALFEEDBACK_RECORD")
                continue
            }
            let expected = try String(contentsOf: file, encoding: .utf8)
            #expect(message == expected, "\(file.lastPathComponent)")
        }
    }

    @Test(
        "R9, R11, R14: every message parses with Python's email package, with its headers, charset, parts and elements",
        arguments: LetterLanguage.allCases)
    func parsesWithPython(language: LetterLanguage) throws {
        let register = try LetterRegister()
        try register.everyStep()
        let write = language.write
        let elements: [(LetterKind, Int64, [String])] = [
            (.acknowledgement, 1, ["Cursusmateriaal niet ontvangen", write(try #require(LocalDate("2026-11-24")))]),
            (
                .delay, 2,
                [
                    "De trainer is tot 4 januari met verlof; wij willen zijn kant horen.",
                    write(try #require(LocalDate("2027-01-15"))),
                ]
            ),
            (
                .closing, 3,
                [
                    "Een gratis terugkomdag in een warmer lokaal.",
                    "Geschillencommissie Particuliere Onderwijsinstellingen",
                    language == .nl ? "bindend voor de academie" : "binds the academy",
                ]
            ),
            (.closing, 4, ["De toets volgt het gepubliceerde programma; de slagingsgraad is 87%."]),
        ]
        for (kind, id, required) in elements {
            let parsed = try PythonEmail(parsing: try register.letter(kind, id, language).message.rendered)
            #expect(parsed.defects.isEmpty, "\(kind) \(id): \(parsed.defects)")
            #expect(
                parsed.names == [
                    "From", "To", "Reply-To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type",
                ])
            #expect(parsed.headers["from"] == "Academie Klachten <klachten@academie.example>")
            #expect(parsed.headers["to"] == "Karin de Wit <k.dewit@zuidwolde.example>")
            #expect(parsed.headers["reply-to"] == "Mark Jansen <mark.jansen@academie.example>", "the account manager")
            #expect(parsed.headers["subject"]?.contains("\(id)") == true)
            #expect(parsed.headers["date"] == "Fri, 18 Dec 2026 09:00:00 +0100")
            #expect(parsed.headers["message-id"] == "<golden-message@academie.example>")
            #expect(parsed.type == "multipart/alternative")
            #expect(parsed.parts.map(\.type) == ["text/plain", "text/html"])
            #expect(parsed.parts.map(\.charset) == ["utf-8", "utf-8"])
            #expect(parsed.parts.map(\.encoding) == ["quoted-printable", "quoted-printable"])
            for value in required {
                #expect(parsed.body("text/plain")?.contains(value) == true, "\(kind) \(id) text: \(value)")
                #expect(parsed.body("text/html")?.contains(value) == true, "\(kind) \(id) html: \(value)")
            }
        }
    }

    @Test(
        "Dates are written as people write them",
        arguments: [
            (LetterLanguage.nl, "18 december 2026"),  // Dutch months in lower case
            (LetterLanguage.en, "18 December 2026"),  // English months capitalised
        ])
    func dates(language: LetterLanguage, written: String) throws {
        #expect(language.write(try #require(LocalDate("2026-12-18"))) == written)
    }

    @Test("The language is --lang's, else the config's letters.language")
    func language() throws {
        var register = try LetterRegister()
        try register.open()
        #expect(try register.letter(.acknowledgement, 1).letter.subject.hasPrefix("Uw klacht"), "Dutch by default")
        register.settings.letters.language = .en
        #expect(try register.letter(.acknowledgement, 1).letter.subject.hasPrefix("Your complaint"))
        #expect(try register.letter(.acknowledgement, 1, .nl).letter.subject.hasPrefix("Uw klacht"), "--lang wins")
    }

    @Test("A case without an email address gets no letter; the message says what to do")
    func noRecipient() throws {
        let register = try LetterRegister()
        try register.open(email: nil)
        try register.open()
        try register.store(
            case: 2, contact: "Karin de Wit", email: "k.dewit@zuidwolde.example\r\nBcc: all@academie.example")
        #expect(throws: LetterError.noRecipient(caseID: 1, given: nil)) { try register.letter(.acknowledgement, 1) }
        let error = #expect(throws: LetterError.self) { try register.letter(.acknowledgement, 2) }
        #expect(
            error?.description
                == "case 2: 'k.dewit@zuidwolde.example Bcc: all@academie.example' is not a usable email address for "
                + "the client, so no letter can go to them; write to them another way and record it with "
                + "'evalfeedback case note 2 TEXT'. Nothing was sent.")
    }

    @Test("R11: a delay letter needs a recorded extension")
    func noExtension() throws {
        let register = try LetterRegister()
        try register.open()
        let error = #expect(throws: LetterError.noExtension(caseID: 1)) { try register.letter(.delay, 1) }
        #expect(
            error?.description
                == "case 1: no extension recorded, so a delay letter would have no reason and no expected date (R11); "
                + "record it first with 'evalfeedback case extend 1 --reason TEXT --expected DATE'. Nothing was sent.")
    }

    @Test("R11: the expected date must lie after the day the client was told")
    func expectedAfterTold() throws {
        let register = try LetterRegister()
        var current = try register.open()
        let day = try #require(LocalDate("2026-12-14"))
        current.extension = CaseExtension(reason: "Wachten op de trainer", expected: day, toldOn: day, late: false)
        #expect(throws: LetterError.expectedNotAfterTold(caseID: 1, expected: day, toldOn: day)) {
            try LetterFacts(.delay, for: current, language: .nl, appealBody: nil)
        }
    }

    @Test("R14: a closing letter needs a closed case and the appeal body from the config")
    func closingNeeds() throws {
        var register = try LetterRegister()
        try register.everyStep()
        let open = #expect(throws: LetterError.self) { try register.letter(.closing, 1) }
        #expect(
            open?.description
                == "case 1: a closing letter needs a closed case, and the case was registered on 2026-11-20 and not yet "
                + "contacted; close it first with 'evalfeedback case close 1'. Nothing was sent.")
        register.settings.letters.appealBody = nil
        let error = #expect(throws: LetterError.noAppealBody) { try register.letter(.closing, 3) }
        #expect(
            error?.description
                == "no appeal body configured: a closing letter must name the independent third party whose ruling binds "
                + "the academy (procedure §6); set letters.appeal_body in the config file. Nothing was sent.")
    }

    @Test("R12: no acknowledgement or delay letter once the case is closed")
    func closedCase() throws {
        let register = try LetterRegister()
        try register.everyStep()
        let error = #expect(throws: LetterError.self) { try register.letter(.acknowledgement, 3) }
        #expect(
            error?.description
                == "case 3: an acknowledgement letter is for a case still being handled, and the case was closed "
                + "(resolved) on 2026-12-01; send the closing letter instead ('evalfeedback case letter 3 closing'). "
                + "Nothing was sent.")
        #expect(throws: LetterError.notOpen(caseID: 4, kind: .delay, state: "closed (unfounded) on 2026-12-01")) {
            try register.letter(.delay, 4)
        }
    }

    @Test("No letter without the config's mail.from")
    func noSender() throws {
        var register = try LetterRegister()
        try register.open()
        register.settings.mail.from = nil
        #expect(throws: LetterError.noSender) { try register.letter(.acknowledgement, 1) }
    }

    /// The values are stored as an import or an older version may have stored them: `case open`
    /// puts a typed name on one line, but the letter must not depend on it.
    @Test(
        "R16: <script>, CR/LF and an RTL override in a name or complaint are escaped, kept out of headers, made visible"
    )
    func hostileValues() throws {
        let register = try LetterRegister()
        let name = "Karin\r\nBcc: all@academie.example <script>alert(1)</script> \u{202E}tiW ed"
        try register.open()
        try register.store(
            case: 1, contact: name, summary: "<script>alert('x')</script> & <b>bold</b>\u{2066}hidden\u{0007}")
        let rendered = try register.letter(.acknowledgement, 1).message.rendered
        let parsed = try PythonEmail(parsing: rendered)
        #expect(parsed.defects.isEmpty)
        #expect(!parsed.names.contains("Bcc"), "a line break in a name cannot start a header")
        #expect(parsed.names.count == 8)
        #expect(
            parsed.headers["to"]
                == "\"Karin Bcc: all@academie.example <script>alert(1)</script> [U+202E]tiW ed\" "
                + "<k.dewit@zuidwolde.example>")
        let html = try #require(parsed.body("text/html"))
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;"))
        #expect(html.contains("[U+202E]tiW ed"), "the override is shown, not obeyed")
        let text = try #require(parsed.body("text/plain"))
        #expect(text.contains("<script>alert('x')</script> & <b>bold</b>[U+2066]hidden[U+0007]"))
        #expect(!rendered.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) || $0.value == 0x2066 })
    }

    @Test("A name that is not ASCII is encoded (RFC 2047) and decodes back")
    func encodedWords() throws {
        let register = try LetterRegister()
        try register.open(contact: "Zoë Ünal-Çelik, née Ørsted")
        let parsed = try PythonEmail(parsing: try register.letter(.acknowledgement, 1, .en).message.rendered)
        #expect(parsed.headers["to"] == "\"Zoë Ünal-Çelik, née Ørsted\" <k.dewit@zuidwolde.example>")
        #expect(parsed.decoded["to"] == "Zoë Ünal-Çelik, née Ørsted <k.dewit@zuidwolde.example>")
        #expect(parsed.body("text/plain")?.contains("Dear Zoë Ünal-Çelik, née Ørsted,") == true)
    }
}
