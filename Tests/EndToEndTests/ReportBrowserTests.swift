import Foundation
import TestSupport
import Testing

/// True when a Chromium and Python 3 are installed, so that the report can be rendered as a reader would.
private let browserAvailable =
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"].contains {
        FileManager.default.isExecutableFile(atPath: $0)
    } && FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")

@Suite("The quality report in a real browser")
struct ReportBrowserTests {
    @Test(
        "The fixture quarter's HTML report renders in headless Chromium: not blank, every chart, no console error",
        .enabled(if: browserAvailable, "needs chromium and python3"))
    func render() throws {
        let cli = try CommandRunner()
        let history = Repository.fixtures.appendingPathComponent("history/2026-q3-evaluaties.csv").path
        _ = try cli.run(
            ["import", "--database", cli.database, "--as-of", "2026-11-26"] + CommandRunner.exports + [history])
        let html = cli.folder.appendingPathComponent("report.html").path
        #expect(try cli.evalfeedback("report", "--format", "html", "--out", html).status == 0)
        let check = try ChildProcess.python([
            Repository.root.appendingPathComponent("scripts/report-check.py").path, html,
            cli.folder.appendingPathComponent("report.png").path, cli.folder.appendingPathComponent("report.pdf").path,
        ])
        let text = check.output
        #expect(check.status == 0, "\(text)\(check.errors)")
        #expect(text.contains("no console errors: ok"))
    }
}

@Suite("The quality report's layout in a real browser")
struct ReportLayoutTests {
    @Test(
        "The four distribution charts sit two by two on a desktop, one under the other on a phone, and fit",
        .enabled(if: BrowserHarness.chromium != nil, "needs chromium"))
    func twoByTwo() throws {
        let cli = try CommandRunner()
        _ = try cli.run(["import", "--database", cli.database, "--as-of", "2026-11-26"] + CommandRunner.exports)
        let page = cli.folder.appendingPathComponent("report.html")
        #expect(try cli.evalfeedback("report", "--format", "html", "--out", page.path).status == 0)
        let script = """
            const charts = [...d.querySelectorAll('.charts.distribution svg')].map(c => c.getBoundingClientRect());
            return {
              charts: charts.length,
              columns: new Set(charts.map(r => Math.round(r.left))).size,
              rows: new Set(charts.map(r => Math.round(r.top))).size,
              fits: d.documentElement.scrollWidth <= d.documentElement.clientWidth
            };
            """
        let desktop = try BrowserHarness.evaluate(page, width: 1280, in: cli.folder, script: script)
        #expect(desktop["charts"] as? Int == 4)
        #expect(desktop["columns"] as? Int == 2, "\(desktop)")
        #expect(desktop["rows"] as? Int == 2, "\(desktop)")
        let phone = try BrowserHarness.evaluate(page, width: 390, in: cli.folder, script: script)
        #expect(phone["columns"] as? Int == 1, "\(phone)")
        #expect(phone["fits"] as? Bool == true, "\(phone)")
    }
}

@Suite("The quality report of the fixtures' quarter")
struct FixtureReportTests {
    @Test("The fixture quarter against hand-computed figures, and the trend against the quarter before")
    func fixtureQuarter() throws {
        let cli = try CommandRunner()
        let history = Repository.fixtures.appendingPathComponent("history/2026-q3-evaluaties.csv").path
        _ = try cli.run(
            ["import", "--database", cli.database, "--as-of", "2026-11-26"] + CommandRunner.exports + [history])
        let json = try cli.evalfeedback("report", "--format", "json").stdout
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let headline = try #require(report["headline"] as? [String: Any])
        let responses = try #require(headline["responses"] as? [String: Any])
        // 42 responses in November (the exports' accepted records, known ones counted once); 36 in Q3 (12 days x 3).
        #expect(responses["value"] as? Double == 42)
        #expect(responses["previous"] as? Double == 36)
        #expect((headline["flags"] as? [String: Any])?["previous"] as? Double == 0)
        let dimensions = try #require(headline["dimensions"] as? [[String: Any]])
        // Q3's means, worked out from fixtures/history/2026-q3-evaluaties.csv: 295/36, 310/36, 306/36, 301/36.
        let previous = dimensions.compactMap { ($0["mean"] as? [String: Any])?["previous"] as? Double }
        for (value, expected) in zip(previous, [295.0 / 36, 310.0 / 36, 306.0 / 36, 301.0 / 36]) {
            #expect(abs(value - expected) < 1e-9)
        }
        let trend = try #require(report["trend"] as? [[String: Any]])
        #expect(
            trend.filter { ($0["responses"] as? Int ?? 0) > 0 }.map { $0["month"] as? String } == [
                "2026-07", "2026-08", "2026-09", "2026-11",
            ])
        #expect(trend.first { $0["month"] as? String == "2026-07" }?["responses"] as? Int == 12)
    }
}
