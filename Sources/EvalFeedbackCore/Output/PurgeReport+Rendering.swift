extension PurgeReport {
    /// `purge on 2026-11-26 (R17): 3 cases (12, 15, 40), personal data of 120 responses, 4 rejected records`
    public var line: String {
        let verb = dryRun ? "would purge" : "purged"
        let list = cases.isEmpty ? "" : " (\(cases.map(String.init).joined(separator: ", ")))"
        return "\(verb) on \(day) (R17, ended or submitted before \(endedBefore)): \(cases.count) case"
            + "\(cases.count == 1 ? "" : "s")\(list), personal data of \(responses) response"
            + "\(responses == 1 ? "" : "s"), \(rejects) rejected record\(rejects == 1 ? "" : "s"), "
            + "\(archivedExports) archived export\(archivedExports == 1 ? "" : "s")"
            + (dryRun ? "; nothing was changed" : "")
    }

    /// The report as one line of text, or JSON.
    public func rendered(as format: OutputFormat) throws -> [UInt8] {
        switch format {
        case .text: Array((line + "\n").utf8)
        case .json: try JSONOutput.encode(self)
        case .csv, .html, .markdown: throw RenderError.unsupported(format, what: "the purge report")
        }
    }
}
