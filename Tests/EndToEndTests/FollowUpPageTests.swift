import Foundation
import Testing

@Suite("The follow-up page has what the call needs", .serialized)
struct FollowUpPageTests {
    @Test("Each case shows the email as a mailto: link, the comment, the low scores, the training and its day")
    func whatTheCallNeeds() throws {
        let cli = try CommandRunner.withFixtures()
        let page = try cli.evalfeedback("followups", "--format", "html").stdout
        // Case 6 (fixtures/exports, Transportbedrijf Kooistra): one row with all of it.
        let row = try #require(page.components(separatedBy: "<tr class=").first { $0.contains("<strong>6</strong>") })
        #expect(row.contains("<a href=\"mailto:marco@kooistra.example\">marco@kooistra.example</a>"))
        #expect(row.contains("Marco Kooistra"))
        #expect(row.contains("<strong>Low scores: training 5</strong>"))
        #expect(row.contains("<q>Verouderd lesmateriaal.</q>"))
        #expect(row.contains("Veilig werken met heftrucks<br><span class=\"date\">2026-11-23</span>, Tom Hendriks"))
        #expect(row.contains("contact was due <span class=\"date\">2026-11-25</span>"), "a date never breaks")
        #expect(page.contains("@media (max-width: 700px)"))
    }

    @Test("An address that would add recipients or a subject to the mail is percent-encoded or shown as text")
    func mailtoIsSafe() throws {
        let cli = try CommandRunner()
        for (email, shown) in [
            ("x@y.example?cc=boss@z.example", "x@y.example?cc=boss@z.example</td>"),
            ("x@y.example?subject=Hi", "<a href=\"mailto:x@y.example%3Fsubject%3DHi\">"),
            ("\"><script>@y.example", "&quot;&gt;&lt;script&gt;@y.example"),
        ] {
            let opened = try cli.evalfeedback(
                "case", "open", "--source", "email", "--client", "Acme", "--contact", "Anna", "--email", email,
                "--summary", "Klacht")
            #expect(opened.status == 0)
            let page = try cli.evalfeedback("followups", "--format", "html").stdout
            #expect(page.contains(shown), "\(email)")
        }
    }

    @Test("A manager's nightly page links back to the index")
    func backToIndex() throws {
        let cli = try CommandRunner.withFixtures()
        let inbox = cli.folder.appendingPathComponent("inbox")
        let publish = cli.folder.appendingPathComponent("publish")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        _ = try cli.evalfeedback("nightly", "--inbox", inbox.path, "--publish", publish.path)
        for name in ["mark-jansen.html", "unassigned.html"] {
            let page = try String(contentsOf: publish.appendingPathComponent(name), encoding: .utf8)
            #expect(page.contains("<p class=\"nav\"><a href=\"index.html\">← All follow-up lists</a></p>"), "\(name)")
        }
        let list = try cli.evalfeedback("followups", "--format", "html").stdout
        #expect(!list.contains("index.html"), "the list written by hand has no index to go back to")
    }

    /// How `page` lays out `width` pixels wide: how many cases, how many are cards (a block,
    /// not a table row), how many dates there are and how many sit on one line, and whether
    /// the page fits the width.
    static func measure(_ page: URL, width: Int, in folder: URL) throws -> [String: Any] {
        try BrowserHarness.evaluate(
            page, width: width, in: folder,
            script: """
                const rows = [...d.querySelectorAll('table.cases tbody tr')];
                const dates = [...d.querySelectorAll('.date')];
                return {
                  cases: rows.length,
                  cards: rows.filter(r => getComputedStyle(r).display === 'block').length,
                  dates: dates.length,
                  datesOnOneLine: dates.filter(s => s.getClientRects().length === 1).length,
                  fits: d.documentElement.scrollWidth <= \(width)
                };
                """)
    }

    @Test(
        "In Chromium: a table on a desktop; at phone width each case is a card, the page fits, and no date breaks",
        .enabled(if: BrowserHarness.chromium != nil, "needs chromium"))
    func phoneAndDesktop() throws {
        let cli = try CommandRunner.withFixtures()
        let page = cli.folder.appendingPathComponent("followups.html")
        #expect(try cli.evalfeedback("followups", "--format", "html", "--out", page.path).status == 0)
        let phone = try Self.measure(page, width: 390, in: cli.folder)
        #expect(phone["cases"] as? Int == 19)
        #expect(phone["cards"] as? Int == 19, "every case a card: \(phone)")
        #expect(phone["fits"] as? Bool == true, "\(phone)")
        #expect((phone["dates"] as? Int ?? 0) >= 20, "the title's day and each case's training day, at least")
        #expect(phone["datesOnOneLine"] as? Int == phone["dates"] as? Int, "\(phone)")
        let desktop = try Self.measure(page, width: 1280, in: cli.folder)
        #expect(desktop["cards"] as? Int == 0, "a table on a wide screen: \(desktop)")
        #expect(desktop["datesOnOneLine"] as? Int == desktop["dates"] as? Int, "\(desktop)")
    }
}
