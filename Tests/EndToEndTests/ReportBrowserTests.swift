import Foundation
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
        let history = CommandRunner.fixtures.appendingPathComponent("history/2026-q3-evaluaties.csv").path
        _ = try cli.run(
            ["import", "--database", cli.database, "--as-of", "2026-11-26"] + CommandRunner.exports + [history])
        let html = cli.folder.appendingPathComponent("report.html").path
        #expect(try cli.evalfeedback("report", "--format", "html", "--out", html).status == 0)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [
            CommandRunner.packageRoot.appendingPathComponent("scripts/report-check.py").path, html,
            cli.folder.appendingPathComponent("report.png").path, cli.folder.appendingPathComponent("report.pdf").path,
        ]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("no console errors: ok"))
    }
}
