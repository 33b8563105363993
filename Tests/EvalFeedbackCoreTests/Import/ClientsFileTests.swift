import TestSupport
import Testing

@testable import EvalFeedbackCore

/// A clients file is read without the store: the store only saves what was read (R15).
@Suite("R15: reading a clients file")
struct ClientsFileTests {
    @Test("R15: each usable line gives a client and its manager; every other line says why it was left out")
    func lines() throws {
        let text = [
            "Klant;Accountmanager;E-mail",
            "Zorggroep Het Baken;Sanne de Vries;sanne@academie.example",
            "Gemeente Zuidwolde;mark jansen;geen adres",  // kept, without the address
            "Onbekend BV;;",  // no manager
            "Stad\u{202E}BV;Mark Jansen;",  // a display trick in the client's name
            "Gemeente Utrecht;Mark Jansen;",
        ].joined(separator: "\n")
        let file = try ClientsFile(url: try TemporaryFile(name: "klanten.csv", text: text).url, name: "klanten.csv")
        #expect(
            file.assignments == [
                ClientAssignment(
                    client: "Zorggroep Het Baken", manager: "Sanne de Vries", email: "sanne@academie.example"),
                ClientAssignment(client: "Gemeente Zuidwolde", manager: "mark jansen", email: nil),
                ClientAssignment(client: "Gemeente Utrecht", manager: "Mark Jansen", email: nil),
            ])
        #expect(
            file.summary.line == "klanten.csv: 3 clients, 2 account managers, 2 lines skipped, 1 email address left out"
        )
        #expect(
            file.summary.problems == [
                "klanten.csv:4: needs both a client and an account manager; line skipped",
                "klanten.csv:5: the client's name \"StadBV\" holds a line break or an invisible control "
                    + "character; put it on one line, without them, and import the file again; line skipped",
            ])
        #expect(
            file.summary.warnings == [
                "klanten.csv:3: account_manager_email 'geen adres' is not an email address; stored without it, fix it "
                    + "and import the file again"
            ])
    }

    @Test("A clients file without an account manager column is refused, naming what it found")
    func missingColumn() throws {
        let url = try TemporaryFile(name: "klanten.csv", text: "klant,plaats\nZorggroep Het Baken,Zwolle\n").url
        let error = #expect(throws: ImportError.self) { try ClientsFile(url: url, name: "klanten.csv") }
        #expect(
            error
                == .missingColumns(
                    file: "klanten.csv", line: 1, missing: ["account_manager"],
                    expected: ["client", "account_manager", "account_manager_email"], found: ["klant", "plaats"]))
    }
}
