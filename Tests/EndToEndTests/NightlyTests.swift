import Foundation
import TestSupport
import Testing

let scoresHeader =
    "response_id,submitted_at,training,training_date,trainer,client,respondent_name,respondent_email,score_training,score_day,score_facilities,score_trainer,comment"

@Suite("The nightly job over three nights", .serialized)
struct NightlyTests {
    private static let google = Repository.fixtures.appendingPathComponent("surveytools/google-forms")

    @Test(
        "Three nights: new and cumulative exports, a broken file fixed on night three, a file being written, stray files"
    )
    func threeNights() throws {
        let night = try Night()
        // Night 1, Monday 23 November.
        try night.drop(
            "export-zorggroep.csv",
            copying: Repository.fixtures.appendingPathComponent("exports/2026-11-23-trainingen.csv"))
        try night.drop("google-evaluatie.csv", copying: Self.google.appendingPathComponent("nl-avond-1.csv"))
        try night.drop("kapot.csv", text: "naam,adres\nAnna,Utrecht\n")
        try night.drop(
            "oud.csv",
            text: scoresHeader
                + "\nOUD-1,2025-11-01T10:00:00,Excel,2025-11-01,Eva Bos,Zorggroep Het Baken,Piet Oud,piet@oud.example,8,8,8,8,\n"
        )
        try night.drop(
            "bezig.csv", copying: Repository.fixtures.appendingPathComponent("exports/2026-11-24-excel-export.csv"),
            writing: true)
        try night.drop("~$evaluatie.xlsx", text: "lock")
        try night.drop(".DS_Store", text: "x")
        try night.drop("leeg.csv", text: "")
        try "pid 1 since yesterday\n".write(
            to: URL(fileURLWithPath: night.cli.database + ".nightly.lock"), atomically: true, encoding: .utf8)

        let first = try night.run(asOf: "2026-11-23")
        #expect(first.status == 3, "a file was left in the inbox:\n\(first.stdout)\(first.stderr)")
        #expect(
            first.stdout.contains(
                "  inbox:   3 imported, 0 already imported, 1 left in the inbox, 1 still being written, 3 skipped"))
        #expect(first.stdout.contains("kapot.csv: LEFT IN THE INBOX"))
        #expect(first.stdout.contains("bezig.csv: still being written"))
        #expect(first.stdout.contains("~$evaluatie.xlsx: skipped, an office program's lock file"))
        #expect(first.stdout.contains("leeg.csv: skipped, empty"))
        #expect(first.stdout.contains("personal data of 1 response,"), "R17: the response of 2025-11-01 loses its name")
        #expect(try night.inboxNames() == [".DS_Store", "bezig.csv", "kapot.csv", "leeg.csv", "~$evaluatie.xlsx"])
        #expect(try night.archived() == ["export-zorggroep.csv", "google-evaluatie.csv", "oud.csv"])
        try Self.expectPagesKeepToTheirManager(night)

        // Night 2: the file being written is done; Google's export comes again, cumulative; kapot.csv still broken.
        try night.drop(
            "bezig.csv", copying: Repository.fixtures.appendingPathComponent("exports/2026-11-24-excel-export.csv"))
        try night.drop("google-evaluatie.csv", copying: Self.google.appendingPathComponent("nl-avond-2.csv"))
        let second = try night.run(asOf: "2026-11-24")
        #expect(second.status == 3)
        #expect(
            second.stdout.contains(
                "google-evaluatie.csv: 38 records, 38 imported, 0 rejected, 12 flagged, 3 cases opened, 30 already known"
            ))
        #expect(second.stdout.contains("bezig.csv: 10 records"))
        #expect(try night.archived().contains("google-evaluatie (2).csv"), "a name already archived gets a suffix")
        #expect(try night.inboxNames().contains("kapot.csv"))

        // Night 3, Thursday 26 November 2026: kapot.csv fixed.
        try night.drop(
            "kapot.csv",
            text: scoresHeader
                + "\nFIX-1,2026-11-25T09:00:00,Excel,2026-11-25,Eva Bos,Gemeente Zuidwolde,Anna,a@x.example,4,8,8,8,\n")
        try night.drop("google-evaluatie.csv", copying: Self.google.appendingPathComponent("nl-avond-3.csv"))
        let third = try night.run(asOf: "2026-11-26")
        #expect(third.stdout.contains("kapot.csv: 1 records, 1 imported, 0 rejected, 1 flagged, 1 cases opened"))
        #expect(
            third.stdout.contains(
                "google-evaluatie.csv: 45 records, 45 imported, 0 rejected, 14 flagged, 2 cases opened, 38 already known"
            ))
        #expect(third.stdout.contains("personal data of 0 responses"), "the old response was purged on night 1")
        #expect(third.status == 3, "cases are overdue by now")
        #expect(third.stdout.contains("cases overdue"))
        #expect(!(try night.inboxNames().contains("kapot.csv")))
        #expect(try night.archived().filter { $0.hasPrefix("kapot") } == ["kapot.csv"])
        try Self.expectPagesKeepToTheirManager(night)
        #expect(try night.page("index.html").contains("Follow-up lists of Thursday 2026-11-26"))
        #expect(try night.cli.run(["check", "--database", night.cli.database]).status == 0)

        // Nothing new on a fourth run the same day: nothing imported, nothing lost.
        let again = try night.run(asOf: "2026-11-26", "--dry-run")
        #expect(again.stdout.contains("(dry run: nothing was changed)"))
        #expect(again.stdout.contains("would import nothing"))
    }

    /// R16: a manager's page holds only that manager's clients; the unassigned page only clients nobody has.
    private static func expectPagesKeepToTheirManager(_ night: Night) throws {
        let clients = [
            "sanne-de-vries": ["Zorggroep Het Baken"],
            "mark-jansen": ["Bouwbedrijf Van Dijk", "Hogeschool Rijnland"],
            "fatima-el-amrani": ["Stichting Welzijn Oost, afdeling HR", "Gemeente Zuidwolde"],
        ]
        let all = clients.values.flatMap { $0 }
        for (slug, own) in clients {
            for format in ["html", "csv"] {
                let page = try night.page("\(slug).\(format)")
                for other in all where !own.contains(other) {
                    #expect(!page.contains(other), "\(slug).\(format) shows a case of \(other)")
                }
            }
        }
        let unassigned = try night.page("unassigned.html")
        for client in all { #expect(!unassigned.contains(client), "unassigned.html shows \(client)") }
        let index = try night.page("index.html")
        for slug in clients.keys { #expect(index.contains("href=\"\(slug).html\"")) }
        let mode =
            try FileManager.default.attributesOfItem(atPath: night.publish.appendingPathComponent("index.html").path)[
                .posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test(
        "An old spreadsheet is left for someone to save as .xlsx or CSV, a broken .xlsx goes to the import and is left with its error; a manager's page that is no longer made is removed"
    )
    func spreadsheetsAndStalePages() throws {
        let night = try Night()
        try night.drop("evaluatie.xls", text: "binary")
        try night.drop("kapot.xlsx", text: "PK binary")
        try night.drop(
            "export.csv", copying: Repository.fixtures.appendingPathComponent("exports/2026-11-23-trainingen.csv"))
        let first = try night.run(asOf: "2026-11-23")
        #expect(first.status == 3)
        #expect(
            first.stdout.contains("evaluatie.xls: LEFT IN THE INBOX: a .xls spreadsheet: save it as .xlsx or as CSV"))
        #expect(first.stdout.contains("kapot.xlsx: LEFT IN THE INBOX: kapot.xlsx"), "the import's own message")
        #expect(
            FileManager.default.fileExists(atPath: night.publish.appendingPathComponent("sanne-de-vries.html").path))
        let clients = night.cli.folder.appendingPathComponent("nieuw.csv")
        try "client,account_manager\nZorggroep Het Baken,Noor Bakker\n".write(
            to: clients, atomically: true, encoding: .utf8)
        _ = try night.cli.evalfeedback("clients", "import", clients.path)
        try FileManager.default.removeItem(at: night.inbox.appendingPathComponent("evaluatie.xls"))
        try FileManager.default.removeItem(at: night.inbox.appendingPathComponent("kapot.xlsx"))
        _ = try night.run(asOf: "2026-11-24")
        #expect(FileManager.default.fileExists(atPath: night.publish.appendingPathComponent("noor-bakker.html").path))
        #expect(
            !FileManager.default.fileExists(atPath: night.publish.appendingPathComponent("sanne-de-vries.html").path))
    }

    @Test("Managers whose names simplify alike keep their own file names")
    func collidingNames() throws {
        let night = try Night()
        let clients = night.cli.folder.appendingPathComponent("twee.csv")
        try "client,account_manager\nKlant A,Jan de Vries\nKlant B,Jan De-Vries\n".write(
            to: clients, atomically: true, encoding: .utf8)
        _ = try night.cli.evalfeedback("clients", "import", clients.path)
        _ = try night.run(asOf: "2026-11-23")
        let pages = try FileManager.default.contentsOfDirectory(atPath: night.publish.path).filter {
            $0.hasPrefix("jan-de-vries") && $0.hasSuffix(".html")
        }
        #expect(pages.count == 2)
        #expect(
            !pages.contains("jan-de-vries.html"), "neither takes the plain name, so neither moves when the other goes")
    }

    @Test("A second run while one is busy says so, changes nothing, and exits 75")
    func lock() throws {
        let night = try Night()
        let path = night.cli.database + ".nightly.lock"
        let fd = open(path, O_CREAT | O_RDWR, 0o600)
        #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
        defer { close(fd) }
        try night.drop(
            "export.csv", copying: Repository.fixtures.appendingPathComponent("exports/2026-11-23-trainingen.csv"))
        let busy = try night.run(asOf: "2026-11-23")
        #expect(busy.status == 75)
        #expect(busy.stderr.contains("another nightly run is still busy"))
        #expect(try night.inboxNames() == ["export.csv"])
    }

    @Test("Without an inbox anywhere, the nightly job says where to give one")
    func noInbox() throws {
        let cli = try CommandRunner()
        let result = try cli.evalfeedback("nightly")
        #expect(result.status == 64)
        #expect(result.stderr.contains("no inbox: give --inbox DIR, or 'inbox' under 'nightly' in the config file"))
    }
}
