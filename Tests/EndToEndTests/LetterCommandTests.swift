import Foundation
import TestSupport
import Testing

@Suite("Letters and the morning mail on the command line", .serialized)
struct LetterCommandTests {
    /// A register with the fixtures imported as on 2026-11-26, a config beside it with the mail
    /// settings, and a fake sendmail that keeps what it receives and refuses mail to `failFor`.
    private struct Office {
        let cli: CommandRunner
        var sent: URL { cli.folder.appendingPathComponent("sent") }

        init(failFor: String? = nil, extraConfig: String = "") throws {
            cli = try CommandRunner()
            _ = try cli.evalfeedback(
                "clients", "import", Repository.fixtures.appendingPathComponent("clients.csv").path)
            _ = try cli.run(["import", "--database", cli.database, "--as-of", "2026-11-26"] + CommandRunner.exports)
            try FileManager.default.createDirectory(at: sent, withIntermediateDirectories: true)
            let failing =
                failFor.map { "if grep -q '^To: .*\($0)' \"$f\"; then echo 'no such mailbox' >&2; exit 1; fi" } ?? ""
            let script = cli.folder.appendingPathComponent("fake-sendmail.sh")
            try """
            #!/bin/sh
            f="\(sent.path)/$(ls "\(sent.path)" | wc -l | tr -d ' ').eml"
            cat > "$f"
            \(failing)
            exit 0

            """.write(to: script, atomically: true, encoding: .utf8)
            try """
            mail:
              from: "Academie Klachten <klachten@academie.example>"
              sendmail: /bin/sh \(script.path) -t -oi
              lead: Teamleider <lead@academie.example>
            letters:
              appeal_body: Geschillencommissie Particuliere Onderwijsinstellingen
            \(extraConfig)
            """.write(to: cli.folder.appendingPathComponent("evalfeedback.yaml"), atomically: true, encoding: .utf8)
        }

        /// What the fake sendmail received, in order.
        var received: [String] {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: sent.path)) ?? [])
                .sorted { Int($0.dropLast(4)) ?? 0 < Int($1.dropLast(4)) ?? 0 }
            return names.compactMap { try? String(contentsOf: sent.appendingPathComponent($0), encoding: .utf8) }
        }
    }

    @Test("case letter prints a whole email; --send hands it to sendmail and records it (R13)")
    func letter() throws {
        let office = try Office()
        let printed = try office.cli.evalfeedback("case", "letter", "2", "acknowledgement", "--lang", "en")
        #expect(printed.status == 0, "\(printed.stderr)")
        #expect(printed.stdout.hasPrefix("From: Academie Klachten <klachten@academie.example>\nTo: Esther Bakker"))
        #expect(
            printed.stdout.contains("Reply-To: Mark Jansen <mark.jansen@academie.example>\nSubject: Your complaint"))
        #expect(office.received.isEmpty, "printing sends nothing")
        let sent = try office.cli.evalfeedback(
            "case", "letter", "2", "acknowledgement", "--send", "--by", "Mark Jansen")
        #expect(sent.status == 0, "\(sent.stderr)")
        #expect(sent.stdout == "case 2: acknowledgement letter sent to e.bakker@vandijk.example on 2026-11-26\n")
        #expect(office.received.count == 1)
        #expect(office.received.first?.contains("Subject: Uw klacht is in behandeling (zaak 2)") == true)
        let shown = try office.cli.evalfeedback("case", "show", "2")
        #expect(shown.stdout.contains("letter-sent"))
        #expect(shown.stdout.contains("acknowledgement letter to e.bakker@vandijk.example (SHA-256 "))
    }

    @Test("R14: closing, then the closing letter sent, records the closing email sent")
    func closing() throws {
        let office = try Office()
        let closed = try office.cli.evalfeedback(
            "case", "close", "2", "--outcome", "resolved", "--resolution", "Terugkomdag in een warmere zaal",
            "--cause", "facilities")
        #expect(closed.status == 0, "\(closed.stderr)")
        let sent = try office.cli.evalfeedback("case", "letter", "2", "closing", "--send")
        #expect(
            sent.stdout
                == "case 2: closing letter sent to e.bakker@vandijk.example on 2026-11-26\n"
                + "case 2: closing email sent on 2026-11-26\n")
        #expect(office.received.first?.contains("Geschillencommissie Particuliere Onderwijsinstellingen") == true)
        #expect(try office.cli.evalfeedback("case", "show", "2").stdout.contains("sent on 2026-11-26"))
    }

    @Test("Refusals exit 65 and name the element; a failed send exits 69 and records nothing")
    func refusals() throws {
        let office = try Office()
        let delay = try office.cli.evalfeedback("case", "letter", "2", "delay")
        #expect(delay.status == 65)
        #expect(
            delay.stderr
                == "evalfeedback: case 2: no extension recorded, so a delay letter would have no reason and no expected "
                + "date (R11); record it first with 'evalfeedback case extend 2 --reason TEXT --expected DATE'. "
                + "Nothing was sent.\n")
        let closing = try office.cli.evalfeedback("case", "letter", "2", "closing", "--send")
        #expect(closing.status == 65)
        #expect(closing.stderr.contains("a closing letter needs a closed case"))
        #expect(office.received.isEmpty)

        let failing = try Office(failFor: "e.bakker@")
        let failed = try failing.cli.evalfeedback("case", "letter", "2", "acknowledgement", "--send")
        #expect(failed.status == 69)
        #expect(
            failed.stderr.hasPrefix("evalfeedback: the letter was not sent: '/bin/sh ")
                && failed.stderr.hasSuffix("exited with 1: no such mailbox. Nothing was recorded.\n"))
        #expect(!(try failing.cli.evalfeedback("case", "show", "2").stdout.contains("letter-sent")))
    }

    @Test("letters check passes on the shipped templates and names an academy's template that drops an element")
    func lettersCheck() throws {
        let office = try Office(extraConfig: "  templates: eigen-brieven\n")
        let good = try office.cli.evalfeedback("letters", "check")
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.stdout == "18 letter templates checked, 0 failed\n")
        let folder = office.cli.folder.appendingPathComponent("eigen-brieven")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "Beste {{client_name}}, wij verwachten uiterlijk {{expected_date}} te antwoorden.\n".write(
            to: folder.appendingPathComponent("delay.nl.text.mustache"), atomically: true, encoding: .utf8)
        let bad = try office.cli.evalfeedback("letters", "check")
        #expect(bad.status == 65)
        #expect(bad.stdout == "19 letter templates checked, 1 failed\n")
        #expect(
            bad.stderr
                == "evalfeedback: \(folder.path)/delay.nl.text.mustache: the letter it renders lacks the reason for the "
                + "delay; put it back in the template (see docs/letters.md).\n")
    }

    @Test("digest prints each manager's mail as an mbox; --send sends them, a failure exits 3 and the others go")
    func digest() throws {
        let office = try Office(failFor: "sanne.devries@")
        let preview = try office.cli.evalfeedback("digest")
        #expect(preview.status == 0, "\(preview.stderr)")
        #expect(preview.stdout.hasPrefix("From evalfeedback Thu Nov 26 00:00:00 2026\nFrom: Academie Klachten"))
        let sent = try office.cli.evalfeedback("digest", "--send")
        #expect(sent.status == 3)
        #expect(
            sent.stdout.hasPrefix(
                "morning mail for 2026-11-26: 3 messages sent (unassigned to Teamleider <lead@academie.example>: 1 case; "
                    + "Fatima El Amrani <fatima.elamrani@academie.example>: 3 cases; Mark Jansen"))
        #expect(sent.stdout.contains("; 1 not sent (Sanne de Vries <sanne.devries@academie.example>: '/bin/sh "))
        #expect(office.received.count == 4)
        let holiday = try office.cli.evalfeedback("digest", "--send", asOf: "2026-12-25")
        #expect(holiday.status == 0)
        #expect(
            holiday.stdout == "morning mail for 2026-12-25: none, 2026-12-25 is Christmas Day (not a working day)\n")
        #expect(office.received.count == 4)
    }

    @Test("nightly --digest sends the morning mail after the night's work")
    func nightly() throws {
        let office = try Office()
        let inbox = office.cli.folder.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        let run = try office.cli.run([
            "nightly", "--inbox", inbox.path, "--digest", "--database", office.cli.database, "--as-of", "2026-11-27",
        ])
        #expect(run.stdout.contains("morning mail for 2026-11-27: 4 messages sent ("), "\(run.stdout)\(run.stderr)")
        #expect(office.received.count == 4)
        #expect(office.received.allSatisfy { $0.contains("Subject: Klachten: ") })
        let dry = try office.cli.run([
            "nightly", "--inbox", inbox.path, "--digest", "--dry-run", "--database", office.cli.database, "--as-of",
            "2026-11-30",
        ])
        #expect(dry.stdout.contains("morning mail: not sent (dry run)\n"))
        #expect(office.received.count == 4, "a dry run sends nothing")
    }

    @Test("clients import leaves out an account manager's email that is not an address, and says so")
    func clientsEmail() throws {
        let cli = try CommandRunner()
        let file = cli.folder.appendingPathComponent("klanten.csv")
        try "client,account_manager,account_manager_email\nGemeente Zuidwolde,Mark Jansen,mark at academie\n".write(
            to: file, atomically: true, encoding: .utf8)
        let result = try cli.evalfeedback("clients", "import", file.path)
        #expect(result.status == 3)
        #expect(result.stdout == "klanten.csv: 1 clients, 1 account managers, 1 email address left out\n")
        #expect(
            result.stderr
                == "evalfeedback: klanten.csv:2: account_manager_email 'mark at academie' is not an email address; "
                + "stored without it, fix it and import the file again\n")
    }

    @Test("Issue 24: a letter is in the case's language (startlanguage, case open --lang), else the config's")
    func caseLanguage() throws {
        let cli = try CommandRunner()
        try """
        mail:
          from: "Academie Klachten <klachten@academie.example>"
        letters:
          language: nl
        """.write(to: cli.folder.appendingPathComponent("evalfeedback.yaml"), atomically: true, encoding: .utf8)
        let export = cli.folder.appendingPathComponent("results-survey482915-codes.csv")
        let rows = ["en", "nl", "de"].enumerated().map { number, language in
            "\(number + 1),2026-11-23 16:0\(number):00,3,\(language),1,2026-11-23 15:58:00,2026-11-23 16:0\(number):00,"
                + "Excel,Ruud Verhoeven,Gemeente Zuidwolde,Deelnemer \(number + 1),d\(number + 1)@zuidwolde.example,4,8,8,8,"
        }
        let header =
            "id,submitdate,lastpage,startlanguage,seed,startdate,datestamp,training,trainer,organisatie,naam,email,"
            + "beoordeling[training],beoordeling[dag],beoordeling[faciliteiten],beoordeling[trainer],opmerkingen"
        try ([header] + rows).joined(separator: "\n").write(to: export, atomically: true, encoding: .utf8)
        let imported = try cli.evalfeedback("import", export.path)
        #expect(imported.status == 0, "\(imported.stdout)\(imported.stderr)")
        func subject(_ arguments: String...) throws -> String {
            let letter = try cli.run(
                ["case", "letter"] + arguments + ["--database", cli.database, "--as-of", "2026-11-26"])
            #expect(letter.status == 0, "\(letter.stderr)")
            return letter.stdout.split(separator: "\n").first { $0.hasPrefix("Subject: ") }.map(String.init) ?? ""
        }
        #expect(try subject("1", "acknowledgement") == "Subject: Your complaint is in hand (case 1)")
        #expect(try subject("2", "acknowledgement") == "Subject: Uw klacht is in behandeling (zaak 2)")
        #expect(try subject("1", "acknowledgement", "--lang", "nl") == "Subject: Uw klacht is in behandeling (zaak 1)")
        #expect(
            try subject("3", "acknowledgement") == "Subject: Uw klacht is in behandeling (zaak 3)", "de: the config's")
        let opened = try cli.evalfeedback(
            "case", "open", "--source", "email", "--client", "Gemeente Zuidwolde", "--contact", "Karin de Wit",
            "--email", "k.dewit@zuidwolde.example", "--summary", "Geen certificaat", "--lang", "en")
        #expect(opened.status == 0, "\(opened.stderr)")
        #expect(try subject("4", "acknowledgement") == "Subject: Your complaint is in hand (case 4)")
    }
}
