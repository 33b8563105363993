import Foundation

extension [RejectedRecord] {
    /// The rejects as `file:line: reason` with the record's text indented below, or as JSON.
    public func rendered(as format: OutputFormat) throws -> [UInt8] {
        switch format {
        case .text: [UInt8](isEmpty ? "No rejected records.\n".utf8 : map(\.textBlock).joined().utf8)
        case .json: try JSONOutput.encode(self)
        case .csv, .html, .markdown: throw RenderError.unsupported(format, what: "the rejects list")
        }
    }
}

extension RejectedRecord {
    /// The reject's heading line, then its text as in the file, control characters made visible.
    var textBlock: String {
        var body = Substring(text.replacingOccurrences(of: "\r\n", with: "\n"))
        while body.last == "\n" { body.removeLast() }
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            "    | "
                + line.unicodeScalars.map {
                    $0.properties.generalCategory == .control ? "\\u{\(String($0.value, radix: 16))}" : String($0)
                }.joined()
        }
        return "\(file):\(line): \(reason) (import #\(importID) on \(importedOn))\n" + lines.joined(separator: "\n")
            + "\n"
    }
}
