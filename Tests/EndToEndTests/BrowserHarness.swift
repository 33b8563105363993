import Foundation
import TestSupport
import Testing

/// Lays a page out in headless Chromium, as a reader's browser would, and reads measurements
/// from it: the page holds no script, so a harness page loads it in an iframe of the width
/// asked for and runs the measuring script on it.
enum BrowserHarness {
    /// The Chromium this machine has, if any.
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// The object `script` returns, given the laid-out page's document as `d`; `page` lies in
    /// `folder`, where the harness and Chromium's profile are written too.
    static func evaluate(_ page: URL, width: Int, in folder: URL, script: String) throws -> [String: Any] {
        let harness = folder.appendingPathComponent("harness-\(width).html")
        try """
        <!DOCTYPE html><html><body>
        <iframe id="f" src="\(page.lastPathComponent)" style="width:\(width)px;height:900px;border:0"></iframe>
        <script>
        document.getElementById('f').onload = () => {
          const d = document.getElementById('f').contentDocument;
          const result = (() => { \(script) })();
          document.body.setAttribute('data-result', JSON.stringify(result));
        };
        </script></body></html>
        """.write(to: harness, atomically: true, encoding: .utf8)
        let dom = try ChildProcess.run(
            URL(fileURLWithPath: try #require(chromium)),
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--allow-file-access-from-files",
                "--user-data-dir=" + folder.appendingPathComponent("chromium-profile").path,
                "--virtual-time-budget=5000", "--dump-dom", harness.absoluteString,
            ]
        ).output
        let attribute = try #require(dom.firstMatch(of: /data-result="([^"]*)"/)?.output.1, "\(dom.prefix(500))")
        let json = String(attribute).replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(
            of: "&amp;", with: "&")
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }
}
