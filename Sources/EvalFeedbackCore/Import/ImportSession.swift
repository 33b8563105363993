import Foundation

/// Turns the records of one file into responses, flags, cases, warnings and rejects (R1-R6).
///
/// The session decides; `ImportWriter` stores. Nothing here throws for a bad record: a bad
/// field is a warning (R4), an unreadable record a reject (R5). Only the header can stop a file.
final class ImportSession {
    private let settings: ImportSettings
    private let writer: ImportWriter
    private let reader: CSVReader
    private var header: HeaderMap?
    private var headerFields: [[UInt8]] = []
    private var decoder: FieldDecoder?
    /// How often each content fingerprint has occurred in this file: identical anonymous
    /// answers from different people are different responses (R6).
    private var occurrences: [String: Int] = [:]
    /// Client names seen in this file and their keys (R15): a file names few clients many times.
    private var clientKeys: [String: String] = [:]
    private(set) var summary: ImportSummary

    init(file: String, settings: ImportSettings, writer: ImportWriter, reader: CSVReader) {
        self.settings = settings
        self.writer = writer
        self.reader = reader
        summary = ImportSummary(file: file)
    }

    /// True once a header line has been read.
    var sawHeader: Bool { header != nil }

    /// The encoding the file turned out to have.
    var encoding: String {
        if let form = reader.encodingForm, form != .unmarked { return form.rawValue }
        return decoder?.encoding.rawValue ?? FieldDecoder.Encoding.undecided.rawValue
    }

    /// Handles one record: the header first, then responses.
    func handle(_ record: CSVRecord) throws {
        if record.fields.allSatisfy(\.isEmpty) { return }  // a blank line, or only delimiters
        guard let header else {
            try readHeader(record)
            return
        }
        if Self.withoutBOMAndTrailingEmpties(record.fields) == headerFields {
            summary.notes.append("\(summary.file):\(record.line): the header line is repeated here; skipped")
            return
        }
        summary.records += 1
        let fields = record.fields
        // R5: with another number of fields than the header, the columns are shifted (an
        // unquoted delimiter, a missing one, a line cut off) and no score can be trusted to
        // be the one it seems: the record is kept verbatim instead.
        guard fields.count == header.width else {
            let quotes = record.quoteProblem.map { "\($0), and it " } ?? ""
            try reject(
                line: record.line, raw: record.raw,
                reason: "\(quotes)has \(fields.count) fields where the header has \(header.width); a delimiter in an "
                    + "unquoted value, or a missing one, shifts the columns, so its scores cannot be read safely")
            return
        }
        var problems: [FieldProblem] = []
        var values: [EvaluationField: String] = [:]
        for (field, index) in header.orderedColumns {
            let decoded = decode(fields[index])
            values[field] = decoded.text
            if let problem = decoded.problem { problems.append(FieldProblem(field: field, message: problem)) }
        }
        if let quoteProblem = record.quoteProblem {
            problems += quoteWarnings(quoteProblem, fields: fields, header: header)
        }
        let response = EvaluationResponse(values: values)
        try store(response, problems: problems + response.problems, values: values, line: record.line)
    }

    /// A line read leniently gets a warning on each field holding a stray quote; an unclosed
    /// quote, whose quote mark is gone, can only have been in the last column (it would have
    /// swallowed the delimiters after it otherwise).
    private func quoteWarnings(_ problem: String, fields: [[UInt8]], header: HeaderMap) -> [FieldProblem] {
        let quoted = fields.indices.filter { fields[$0].contains(0x22) }
        let suspects = quoted.isEmpty ? [fields.count - 1] : quoted
        return suspects.compactMap { index in
            if let field = header.orderedColumns.first(where: { $0.index == index })?.field {
                return FieldProblem(field: field, message: "\(problem); read with the quotes as text, check it")
            }
            guard let last = header.orderedColumns.last?.field else { return nil }
            return FieldProblem(
                field: last, message: "\(problem) in column \(index + 1), which is not read; check the line")
        }
    }

    /// A record's fields as the header line is compared: without a byte-order mark (two
    /// exports pasted together) and without empty fields at the end (a trailing delimiter).
    static func withoutBOMAndTrailingEmpties(_ fields: [[UInt8]]) -> [[UInt8]] {
        var fields = fields
        while fields.last?.isEmpty == true { fields.removeLast() }
        if let first = fields.first, first.starts(with: [0xEF, 0xBB, 0xBF]) { fields[0] = Array(first.dropFirst(3)) }
        return fields
    }

    /// Keeps a stretch the CSV parser could not read as a record (R5).
    func handle(_ fault: CSVFault) throws {
        summary.records += 1
        try reject(line: fault.line, raw: fault.raw, reason: fault.reason)
    }

    private func store(
        _ response: EvaluationResponse, problems: [FieldProblem], values: [EvaluationField: String], line: Int
    )
        throws
    {
        let low = settings.scoring.lowDimensions(response.scores).compactMap { dimension in
            response.scores[dimension].map { LowScore(dimension: dimension, score: $0) }
        }
        summary.accepted += 1
        if !low.isEmpty { summary.flagged += 1 }
        for problem in problems {
            summary.warningCount += 1
            if summary.warnings.count < ImportSummary.warningsShown {
                summary.warnings.append(
                    FieldWarning(
                        file: summary.file, line: line, field: problem.field.rawValue, message: problem.message))
            }
        }
        let key = responseKey(response, values: values)
        let clientKey = response.client.map { name in
            if let known = clientKeys[name] { return known }
            let computed = ClientKey.of(name)
            clientKeys[name] = computed
            return computed
        }
        let stored = try writer.store(
            response, key: key, clientKey: clientKey, line: line,
            reportDate: min(response.reportDate ?? settings.today, settings.today),
            flagged: !low.isEmpty, warnings: problems.map { "\($0.field.rawValue): \($0.message)" })
        guard let responseID = stored else {
            summary.alreadyKnown += 1
            return
        }
        guard !low.isEmpty else { return }
        try writer.open(
            NewCase(flagged: response, lowScores: low, settings: settings), clientKey: clientKey,
            responseID: responseID,
            actor: "evalfeedback import",
            note: "low score: \(LowScore.text(low)) (\(summary.file) line \(line))")
        summary.casesOpened += 1
    }

    /// R6: the export's own id where it has one, else a fingerprint of everything it says.
    ///
    /// An id is scoped by the submission time (or, without one, by the content), because row
    /// numbers (`Nr`) restart in every export; a fingerprint by its occurrence in the file,
    /// because two people may give the same anonymous answers. A cumulative export repeats
    /// both, and so repeats the key.
    private func responseKey(_ response: EvaluationResponse, values: [EvaluationField: String]) -> String {
        let fingerprint = ContentHash.fingerprint(EvaluationField.allCases.map { values[$0] ?? "" })
        if let id = response.externalID {
            // To the minute: Excel drops the seconds when it saves an export again.
            guard let submitted = response.submittedAt else { return "id:\(id)#\(fingerprint)" }
            return "id:\(id)@\(String(submitted.storedForm.prefix(16)))"
        }
        let occurrence = occurrences[fingerprint, default: 0] + 1
        occurrences[fingerprint] = occurrence
        return occurrence == 1 ? "fp:\(fingerprint)" : "fp:\(fingerprint)#\(occurrence)"
    }

    private func readHeader(_ record: CSVRecord) throws {
        let names = record.fields.map { decode($0).text.trimmed }
        let map = try HeaderMap(header: names, file: summary.file, line: record.line)
        header = map
        headerFields = Self.withoutBOMAndTrailingEmpties(record.fields)
        if !map.unknown.isEmpty {
            let shown = map.unknown.prefix(20).joined(separator: ", ")
            let more = map.unknown.count > 20 ? " and \(map.unknown.count - 20) more" : ""
            summary.notes.append("\(summary.file): columns not used: \(shown)\(more)")
        }
        if !map.repeated.isEmpty {
            summary.notes.append(
                "\(summary.file): columns repeating a field already read, ignored: \(map.repeated.joined(separator: ", "))"
            )
        }
        if map.columns[.responseID] == nil {
            summary.notes.append(
                "\(summary.file): no response_id column; responses are recognised by their content (R6)")
        }
        if map.columns[.client] == nil {
            summary.notes.append("\(summary.file): no client column; its cases have no account manager (R15)")
        }
    }

    private func decode(_ bytes: [UInt8]) -> (text: String, problem: String?) {
        if decoder == nil { decoder = FieldDecoder(form: reader.encodingForm) }
        return decoder?.decode(bytes) ?? (String(decoding: bytes, as: UTF8.self), nil)
    }

    private func reject(line: Int, raw: ArraySlice<UInt8>, reason: String) throws {
        summary.rejected += 1
        try writer.reject(line: line, reason: reason, raw: raw)
    }
}
