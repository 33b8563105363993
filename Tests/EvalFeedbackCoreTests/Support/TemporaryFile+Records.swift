import TestSupport

/// Reads a file with the importer's reader and returns what it saw, decoded as UTF-8.
func readRecords(_ file: TemporaryFile) throws -> (
    records: [(line: Int, fields: [String])], faults: [(line: Int, reason: String, raw: String)]
) {
    let reader = try CSVReaderHarness(url: file.url)
    return try reader.run()
}
