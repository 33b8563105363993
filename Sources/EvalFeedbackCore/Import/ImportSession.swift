import Foundation

/// Turns the records of one file into responses, flags, cases, warnings and rejects (R1-R6).
///
/// The session decides; `ImportWriter` stores. Nothing here throws for a bad record: a bad
/// field is a warning (R4), an unreadable record a reject (R5). Only the header can stop a file.
final class ImportSession {
    let settings: ImportSettings
    /// Where responses, cases and rejects go; nil for a dry run, which only counts.
    let writer: ImportWriter?
    // The properties marked `@exclusivity(unchecked)` are the importing thread's alone,
    // touched for every record, and never passed `inout` while read: Swift's dynamic checks of
    // exclusive access to them cost a few per cent of a cumulative import.
    /// What the file started with (a byte-order mark, or none), from the reader's first batch.
    private var form: InputDecoder.Form?
    /// How plain records are read straight from their bytes, once the header and the file's
    /// style are settled; nil while they are not, or when the file needs the general reading.
    @exclusivity(unchecked) private var plain: PlainLayout?
    /// Where the header's width (how many fields a record has) is told to the reading thread,
    /// which then keeps the text of only those records that may be rejected (R5).
    let recordWidth = Notice<Int>()
    /// Where the plain layout is told to the reading thread, which then reads records ahead.
    let plainPlan = PlainPlan()
    /// Room for a plain record's key, submission time and report date while it is stored.
    @exclusivity(unchecked) var rows: PlainRows?
    private var header: HeaderMap?
    private var headerFields: [[UInt8]] = []
    /// The header rows read so far, until the tool's number of them is there.
    private var pendingHeader: [CSVRecord] = []
    /// The tool the file comes from.
    private(set) var profile = ExportProfile.canonical
    var context = FileContext.none
    private var scale = ScoreScale()
    private var monthFirst = false
    private var decoder: FieldDecoder?
    /// How often each content fingerprint has occurred in this file: identical anonymous
    /// answers from different people are different responses (R6).
    var occurrences: [String: Int] = [:]
    /// Client names seen in this file and their keys (R15): a file names few clients many times.
    var clientKeys: [String: String] = [:]
    /// The deadlines of cases registered on each day (R9, R10): the same few days, many cases.
    var deadlineCache: [LocalDate: Deadlines] = [:]
    /// The same days' texts, as cases store them.
    var caseDays: [LocalDate: CaseDays] = [:]
    /// The cells of the sets of low scores seen (`LowScore.text`), as cases store them.
    var lowScoreCells: [[LowScore]: String] = [:]
    /// True when the last response stored was one the register held already.
    @exclusivity(unchecked) var expectKnown = false
    /// Plain responses waiting to be stored together.
    @exclusivity(unchecked) var group = ResponseGroup()
    /// Plain responses expected to be known, waiting to be looked up together.
    @exclusivity(unchecked) var lookups: [ResponseLookup] = []
    /// Where the texts of a response the general reading made are bound from.
    let texts = TextArena()
    @exclusivity(unchecked) var summary: ImportSummary
    /// The first response's submission time (nil when its cell is empty), and the first and
    /// last day all responses are registered on (day numbers), for `inspect`.
    var firstSubmitted: ExportTimestamp?
    /// True once the first response's submission time is noted.
    @exclusivity(unchecked) var sawFirstResponse = false
    @exclusivity(unchecked) var submittedDays: ClosedRange<Int>?

    /// The date system of the workbook the records come from; nil for CSV. A workbook's rows
    /// end at their last filled cell, and a date may be a bare serial number (`45248.6`).
    var workbookDates: ExcelDate.System?
    /// True for `inspect`: a file without score columns is read and described too, and not
    /// stored (`writer` is nil).
    let inspecting: Bool

    init(file: String, settings: ImportSettings, writer: ImportWriter?, inspecting: Bool = false) {
        self.inspecting = inspecting
        self.settings = settings
        self.writer = writer
        summary = ImportSummary(file: file)
    }

    /// True once a header line has been read.
    var sawHeader: Bool { header != nil }

    /// The encoding the file turned out to have.
    var encoding: String {
        if let form, form != .unmarked { return form.rawValue }
        return decoder?.encoding.rawValue ?? FieldDecoder.Encoding.undecided.rawValue
    }

    /// Handles a batch of records: plain ones straight from their bytes, the others (and
    /// every record before the file's style is settled) by the general reading.
    func handle(_ batch: RecordBatch) throws {
        if form == nil { form = batch.form }
        let utf8 = decoder?.encoding == .utf8
        if let plain, utf8, !plainPlan.assumesUTF8, writer != nil {
            plainPlan.publish(plain, utf8: true, trailingDelimiter: trailingDelimiter == true)
        }
        // A record read ahead is read as it would be here: the encoding, once UTF-8, stays so.
        let readAhead = batch.plain.count == batch.entries.count
        // Taken once per batch, and never bound per record: binding the layout copied it,
        // retaining and releasing each of its arrays a million times. It is decided by the
        // header's records, which the general reading below reads, and stays once decided.
        var layout = plain
        try batch.bytes.withUnsafeBufferPointer { bytes in
            try batch.fieldEnds.withUnsafeBufferPointer { ends in
                for (index, entry) in batch.entries.enumerated() {
                    if entry.problem == nil, layout != nil,
                        let record = readAhead
                            ? batch.plain[index]
                            : layout?.read(
                                bytes, ends: ends, fields: entry.fields, utf8: utf8,
                                trailingDelimiter: trailingDelimiter == true)
                    {
                        try store(record, bytes: bytes, line: entry.line)
                        continue
                    }
                    // Whatever else a record is, it is stored after the responses before it.
                    try storeWaiting(bytes: bytes)
                    if let record = batch.record(entry) {
                        try handle(record)
                        if layout == nil { layout = plain }
                    } else if let fault = batch.fault(entry) {
                        try handle(fault)
                    }
                }
                try storeWaiting(bytes: bytes)
            }
        }
    }

    /// Handles one record: the header first, then responses.
    func handle(_ record: CSVRecord) throws {
        if record.fields.allSatisfy(\.isEmpty) { return }  // a blank line, or only delimiters
        guard header != nil else {
            pendingHeader.append(record)
            if pendingHeader.count >= headerRowsNeeded {
                for data in try readHeader() { try handle(data) }
            }
            return
        }
        guard trailingDelimiter != nil else {
            pendingData.append(record)
            if pendingData.count >= Self.recordsToDecideOn { try decideTrailingDelimiter() }
            return
        }
        try process(record)
    }

    /// How many data records decide whether a file ends every line in a delimiter.
    static let recordsToDecideOn = 20

    /// Data records read before the file's style is settled.
    private var pendingData: [CSVRecord] = []
    /// True when (nearly) every data record of the file has one empty field more than the
    /// header: a delimiter at the end of every line, not a shifted record.
    private var trailingDelimiter: Bool?

    /// Settles the style from the first records, then reads them. One stray record with an
    /// extra field is a shifted record (R5); most of the first twenty having one is the file's habit.
    private func decideTrailingDelimiter() throws {
        guard let header else { return }
        let withExtra = pendingData.count { record in
            record.fields.count == header.width + 1 && record.fields.last?.isEmpty == true
        }
        trailingDelimiter = !pendingData.isEmpty && withExtra * 5 >= pendingData.count * 4
        if trailingDelimiter == true {
            note(.trailingDelimiter)
        }
        settleDateOrder(header)
        if decoder == nil { decoder = FieldDecoder(form: form) }
        plain =
            settings.plainReading && !inspecting
            ? PlainLayout(
                header: header, headerFields: headerFields, scale: scale, profile: profile, context: context,
                today: settings.today)
            : nil
        rows = plain == nil ? nil : PlainRows(form: context.form, today: settings.today)
        if let plain, writer != nil {
            plainPlan.publish(
                plain, utf8: decoder?.encoding == .utf8, trailingDelimiter: trailingDelimiter == true)
        }
        let records = pendingData
        pendingData = []
        for record in records { try process(record) }
    }

    /// Dates like `03/04/2026` are ambiguous: the first records' unambiguous dates (`23/11`,
    /// `11/23`) decide the file's order; without any, the tool's habit does, and a note says so.
    private func settleDateOrder(_ header: HeaderMap) {
        guard settings.mapping.monthFirstDates == nil else { return }
        let columns = [EvaluationField.submittedAt, .trainingDate].compactMap { header.columns[$0] }
        var ambiguous = false
        for record in pendingData {
            for index in columns where index < record.fields.count {
                let text = decode(record.fields[index]).text
                if let evidence = ExportTimestamp.slashOrderEvidence(text) {
                    monthFirst = evidence
                    return
                }
                ambiguous = ambiguous || text.contains("/")
            }
        }
        if ambiguous {
            note(.ambiguousDates(monthFirst: monthFirst, profile: profile))
        }
    }

    private func process(_ record: CSVRecord) throws {
        guard let header else { return }
        if Self.withoutBOMAndTrailingEmpties(record.fields) == headerFields {
            note(.headerRepeated(line: record.line))
            return
        }
        summary.records += 1
        var fields = record.fields
        if workbookDates != nil { fields = Self.fitted(fields, width: header.width) }
        if trailingDelimiter == true, fields.count == header.width + 1, fields.last?.isEmpty == true {
            fields.removeLast()
        }
        // R5: with another number of fields than the header, the columns are shifted (an
        // unquoted delimiter, a missing one, a line cut off) and no score can be trusted to
        // be the one it seems: the record is kept verbatim instead.
        guard fields.count == header.width else {
            try reject(
                line: record.line, raw: record.raw,
                reason: .fieldCount(found: fields.count, expected: header.width, quotes: record.quoteProblem))
            return
        }
        let read = RecordValues(fields, header: header, scale: scale, context: context.values, decode: decode)
        var problems = read.problems
        var values = read.all
        if let workbookDates { Self.readSerialDates(&values, system: workbookDates) }
        if let quoteProblem = record.quoteProblem {
            problems += quoteWarnings(quoteProblem, fields: fields, header: header)
        }
        if record.cutOff, let last = header.orderedColumns.last(where: { $0.index == fields.count - 1 })?.field {
            problems.append(
                FieldProblem(
                    field: last,
                    issue: .cutOff(
                        limitMiB: CSVLineReader.maxLineBytes / 1024 / 1024,
                        keptKiB: CSVLineReader.keptOfOverlongLine / 1024)))
        }
        var response = EvaluationResponse(values: values, scores: read.scores, monthFirst: monthFirst)
        let complete = isComplete(fields, header: header, submitted: values[.submittedAt])
        noteFirst(response.submittedAt)
        if response.submittedAt == nil, let index = header.lastAction {
            response.submittedAt = ExportTimestamp(parsing: decode(fields[index]).text, monthFirst: monthFirst)
        }
        if let submitted = response.submittedAt, submitted.date > settings.today {
            problems.append(
                FieldProblem(
                    field: .submittedAt,
                    issue: .submittedAfterImportDay(submitted: submitted.date, importDay: settings.today)))
        }
        try store(
            response, problems: problems + response.problems, values: read.own, line: record.line, complete: complete)
    }

    /// False for a response its tool marks unfinished: Qualtrics' `Finished` false or 0,
    /// LimeSurvey's empty `submitdate`. Its low scores still flag (R4).
    private func isComplete(_ fields: [[UInt8]], header: HeaderMap, submitted: String?) -> Bool {
        if let index = header.finished {
            let value = decode(fields[index]).text.trimmed.lowercased()
            if ["false", "0", "nee", "no", "onwaar"].contains(value) { return false }
        }
        if profile == .limeSurvey, header.columns[.submittedAt] != nil, (submitted ?? "").trimmed.isEmpty {
            return false
        }
        return true
    }

    /// How many rows to read before the header can be mapped: the mapping file's number, or
    /// three, enough for every tool's header rows and for the first data row after them, whose
    /// look (a Qualtrics `R_` id) tells where the header ends. Rows read beyond the header are
    /// data, handled after it.
    private var headerRowsNeeded: Int { settings.mapping.headerRows ?? 3 }

    /// Reads a header the file ended in the middle of, and the records read before the file's
    /// style was settled; called after the last record.
    func finish() throws {
        if header == nil, !pendingHeader.isEmpty {
            for data in try readHeader() { try handle(data) }
        }
        if trailingDelimiter == nil { try decideTrailingDelimiter() }
    }

    /// Fills in what the summary says about the file as a whole, once it is read.
    func complete(delimiter: UInt8?) {
        summary.encoding = encoding
        summary.delimiter = delimiter.map { $0 == 0x09 ? "tab" : String(UnicodeScalar($0)) } ?? ","
        summary.profile = profile.rawValue
        summary.firstSubmittedAt = firstSubmitted?.storedForm
        summary.submissionDays = submittedDays.map {
            [LocalDate(dayNumber: $0.lowerBound), LocalDate(dayNumber: $0.upperBound)]
        }
    }

    /// A line read leniently gets a warning on each field holding a stray quote; an unclosed
    /// quote, whose quote mark is gone, can only have been in the last column (it would have
    /// swallowed the delimiters after it otherwise).
    private func quoteWarnings(_ problem: LineProblem, fields: [[UInt8]], header: HeaderMap) -> [FieldProblem] {
        let quoted = fields.indices.filter { fields[$0].contains(0x22) }
        let suspects = quoted.isEmpty ? [fields.count - 1] : quoted
        return suspects.compactMap { index in
            if let field = header.orderedColumns.first(where: { $0.index == index })?.field {
                return FieldProblem(field: field, issue: .strayQuotes(problem))
            }
            guard let last = header.orderedColumns.last?.field else { return nil }
            return FieldProblem(field: last, issue: .strayQuotesInUnreadColumn(problem, column: index + 1))
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
        try reject(line: fault.line, raw: fault.raw, reason: .unreadable(fault.problem))
    }

    /// A header row's cells as text.
    private func headerTexts(_ record: CSVRecord) -> [String] {
        record.fields.map { decode($0).text.trimmed }
    }

    /// Maps the header from the rows read so far; returns the rows after the header, which are
    /// the first responses.
    private func readHeader() throws -> ArraySlice<CSVRecord> {
        guard let first = pendingHeader.first else { return [] }
        let read = pendingHeader
        pendingHeader = []
        let allRows = read.map(headerTexts)
        let layout = ExportLayout.detect(allRows)
        let told = settings.profile ?? settings.mapping.profile
        profile = told ?? layout?.profile ?? .canonical
        let structure = layout?.profile == profile ? layout : nil
        let count = min(settings.mapping.headerRows ?? structure?.headerRows ?? profile.headerRows, read.count)
        let rows = Array(allRows.prefix(count))
        if let problem = profile.headerProblem(rows) {
            throw ImportError.wrongProfile(file: summary.file, profile: profile, problem: problem)
        }
        let map = try HeaderMap(
            texts: profile.columnTexts(rows), mapping: settings.mapping.columns, layout: structure,
            file: summary.file, line: first.line, profile: profile == .canonical ? nil : profile,
            requireScores: !inspecting)
        header = map
        recordWidth.publish(map.width)
        headerFields = Self.withoutBOMAndTrailingEmpties(first.fields)
        context = FileContext(file: summary.file, profile: profile, titles: map.titles, settings: settings)
        if profile.idsRestartPerForm, context.form == nil, map.columns[.responseID] != nil {
            note(.idsPerForm(profile: profile))
        }
        summary.form = context.form
        summary.headerRows = rows.count
        summary.profileDetected = told == nil && layout != nil
        summary.submissionHeaders =
            map.columns[.submittedAt].map { index in
                rows.compactMap { index < $0.count && !$0[index].isEmpty ? $0[index] : nil }
            } ?? []
        summary.columns =
            map.uses
            + context.values.keys.sorted { $0.rawValue < $1.rawValue }.compactMap { field in
                map.columns[field] == nil ? "'\(context.values[field] ?? "")' (given) → \(field.rawValue)" : nil
            }
        scale = settings.mapping.scale
        scale.answerCodes = scale.answerCodes || profile == .limeSurvey
        let keys = Set(rows[0].map(HeaderMap.normalise))
        let englishForms =
            (profile == .googleForms || profile == .microsoftForms)
            && !keys.isDisjoint(with: ["timestamp", "completiontime", "starttime"])
        monthFirst = settings.mapping.monthFirstDates ?? (profile.slashDatesMonthFirst || englishForms)
        noteHeader(map)
        return read.dropFirst(count)
    }

    private func decode(_ bytes: [UInt8]) -> (text: String, problem: FieldIssue?) {
        if decoder == nil { decoder = FieldDecoder(form: form) }
        return decoder?.decode(bytes) ?? (String(decoding: bytes, as: UTF8.self), nil)
    }

    private func reject(line: Int, raw: ArraySlice<UInt8>, reason: RejectReason) throws {
        summary.rejected += 1
        try writer?.reject(line: line, reason: reason, raw: raw)
    }
}
