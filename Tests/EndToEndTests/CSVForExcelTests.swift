import Foundation
import Testing

/// Every CSV written for people opens in Dutch Excel on a double-click: split on `;`, accents
/// kept by the BOM (no `sep=` line, which would make Excel ignore it), CRLF; `csv_separator: ","`
/// in the config file switches every one of them.
@Suite("CSV for Dutch Excel", .serialized)
struct CSVForExcelTests {
    /// The CSV files of one register: the follow-up list, the report's tables, the register
    /// extract and a nightly page's CSV, with the config file's `extra` lines.
    static func csvFiles(config extra: String) throws -> [String: [UInt8]] {
        let cli = try CommandRunner.withFixtures()
        try "nightly:\n  csv: true\n\(extra)".write(
            to: cli.folder.appendingPathComponent("evalfeedback.yaml"), atomically: true, encoding: .utf8)
        let inbox = cli.folder.appendingPathComponent("inbox")
        let publish = cli.folder.appendingPathComponent("publish")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        let night = try cli.evalfeedback("nightly", "--inbox", inbox.path, "--publish", publish.path)
        #expect(night.status == 0 || night.status == 3, "\(night.stdout)\(night.stderr)")
        func bytes(_ result: CommandRunner.Result) -> [UInt8] { Array(result.stdout.utf8) }
        return [
            "followups": bytes(try cli.evalfeedback("followups", "--format", "csv")),
            "report": bytes(try cli.evalfeedback("report", "--format", "csv")),
            "register": bytes(try cli.evalfeedback("register", "--from", "2026-11-01", "--to", "2026-11-30")),
            "nightly page": Array(try Data(contentsOf: publish.appendingPathComponent("mark-jansen.csv"))),
        ]
    }

    @Test("By default every CSV has a BOM, no sep= line, ';' between cells and CRLF line ends")
    func dutchByDefault() throws {
        for (name, bytes) in try Self.csvFiles(config: "") {
            #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "\(name): the BOM")
            let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
            #expect(!text.hasPrefix("sep="), "\(name)")
            let header = try #require(text.components(separatedBy: "\r\n").first)
            #expect(
                header.hasPrefix("\"") && header.contains("\";\"") && !header.contains("\",\""), "\(name): \(header)")
            #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n\""), "\(name): every line ends CRLF")
        }
    }

    @Test("csv_separator: \",\" in the config file makes every CSV comma-separated")
    func commaConfigured() throws {
        for (name, bytes) in try Self.csvFiles(config: "csv_separator: \",\"\n") {
            let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
            let header = try #require(text.components(separatedBy: "\r\n").first)
            #expect(header.contains("\",\"") && !header.contains("\";\""), "\(name): \(header)")
        }
    }
}
