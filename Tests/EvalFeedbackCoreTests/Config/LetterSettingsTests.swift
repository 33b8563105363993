import Testing

@testable import EvalFeedbackCore

@Suite("The config file's mail and letters sections")
struct LetterSettingsTests {
    @Test("mail.from, mail.sendmail, mail.lead, letters.appeal_body, letters.language and letters.templates are read")
    func everything() throws {
        let settings = try SettingsFile.parse(
            """
            mail:
              from: "Academie Klachten <klachten@academie.example>"
              sendmail: /usr/bin/msmtp -t
              lead: lead@academie.example
            letters:
              appeal_body: Geschillencommissie Particuliere Onderwijsinstellingen
              language: en
              templates: brieven
            """, path: "/etc/evalfeedback/evalfeedback.yaml")
        #expect(settings.mail.from?.description == "Academie Klachten <klachten@academie.example>")
        #expect(settings.mail.sendmail == "/usr/bin/msmtp -t")
        #expect(settings.mail.lead?.address == "lead@academie.example")
        #expect(settings.letters.appealBody == "Geschillencommissie Particuliere Onderwijsinstellingen")
        #expect(settings.letters.language == .en)
        #expect(settings.letters.templates == "/etc/evalfeedback/brieven", "read from the config file's folder")
    }

    @Test("Without them: no sender, the system's sendmail, Dutch, the shipped templates, no appeal body")
    func defaults() throws {
        let settings = try SettingsFile.parse("low_score_threshold: 6\n", path: "x.yaml")
        #expect(settings.mail == MailSettings(from: nil, sendmail: "/usr/sbin/sendmail -t -oi", lead: nil))
        #expect(settings.letters == LetterSettings(appealBody: nil, language: .nl, templates: nil))
    }

    @Test(
        "Every mistake names its line and says what to write",
        arguments: [
            (
                "mail:\n  from: klachten at academie\n",
                "x.yaml:2: mail.from must be an email address, e.g. 'Academie <klachten@academie.nl>' or "
                    + "klachten@academie.nl."
            ),
            (
                "mail:\n  sendmail: sendmail -t\n",
                "x.yaml:2: mail.sendmail must be a command with its full path that reads a message on stdin, e.g. "
                    + "'/usr/sbin/sendmail -t -oi'."
            ),
            (
                "mail:\n  form: a@b.example\n",
                "x.yaml:2: unknown setting 'mail.form'; the settings here are from, sendmail, lead."
            ),
            ("letters:\n  language: fr\n", "x.yaml:2: letters.language must be nl or en."),
            (
                "letters:\n  appeal: X\n",
                "x.yaml:2: unknown setting 'letters.appeal'; the settings here are appeal_body, language, templates."
            ),
            ("letters: yes\n", "x.yaml:1: letters must hold appeal_body, language or templates."),
        ])
    func mistakes(text: String, message: String) {
        #expect(throws: ConfigError.self) { try SettingsFile.parse(text, path: "x.yaml") }
        do {
            _ = try SettingsFile.parse(text, path: "x.yaml")
        } catch {
            #expect(error.description == message)
        }
    }
}
