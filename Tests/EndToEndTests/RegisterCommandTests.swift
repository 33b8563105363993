import Foundation
import Testing

@Suite("The register extract on the command line", .serialized)
struct RegisterCommandTests {
    @Test("register lists every case of the period, without personal data unless asked, as CSV or HTML")
    func registerExtract() throws {
        let cli = try CommandRunner.withFixtures()
        let csv = try cli.evalfeedback("register", "--from", "2026-11-01", "--to", "2026-11-30")
        #expect(csv.status == 0, "\(csv.stderr)")
        let lines = csv.stdout.split(whereSeparator: \.isNewline)
        let list = try cli.evalfeedback("followups", "--format", "json").stdout
        let items = try #require(
            (try JSONSerialization.jsonObject(with: Data(list.utf8)) as? [String: Any])?["items"] as? [Any])
        #expect(items.count == 19, "every fixture case is still open on 2026-11-26")
        #expect(lines.count == items.count + 1, "a header and one row per case")
        #expect(!csv.stdout.contains("@"), "no email address without --with-personal-data")
        let personal = try cli.evalfeedback(
            "register", "--from", "2026-11-01", "--to", "2026-11-30", "--with-personal-data")
        #expect(personal.stdout.contains("@"))
        let html = try cli.evalfeedback("register", "--from", "2026-11-01", "--to", "2026-11-30", "--format", "html")
        #expect(html.status == 0)
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>"))
        let refused = try cli.evalfeedback("register", "--from", "2026-11-30", "--to", "2026-11-01")
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("--from 2026-11-30 comes after --to 2026-11-01"))
    }
}
