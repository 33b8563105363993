import Foundation

/// Reads a CSV file as a stream of records, in fixed-size chunks, with the line each starts on,
/// handed over in batches (`RecordBatch`) of `batchSize` records.
///
/// Memory stays flat whatever the file's size: it holds one chunk, the record in progress
/// (at most `maxRecordLines` lines) and one batch. The delimiter (`,` `;` or tab) and the line end (LF, CRLF
/// or CR) are detected from the header line; Excel's `sep=;` hint line is honoured. A line
/// with a stray or unclosed quote is read a second time leniently and handed over marked
/// (`CSVRecord.quoteProblem`); what even that cannot read goes to `onFault` with its text.
/// Either way reading goes on with the next line, so that no later record is lost (R4, R5).
final class CSVReader {
    /// The size of each read from the file.
    static let chunkSize = 64 * 1024

    private let handle: FileHandle
    private var decoder = InputDecoder()
    // The properties marked `@exclusivity(unchecked)` are the reading thread's alone, touched
    // for every line or record, and never passed `inout` while read: Swift's dynamic checks of
    // exclusive access to them cost about 6% of reading a file.
    @exclusivity(unchecked) private var parser: CSVParser?
    private var terminator: UInt8?
    @exclusivity(unchecked) private var buffer: [UInt8] = []
    /// Offset in `buffer` of the line not yet complete.
    @exclusivity(unchecked) private var lineStart = 0
    /// The number of the line that starts at `lineStart`.
    @exclusivity(unchecked) private var lineNumber = 1
    /// The complete lines of the record in progress.
    @exclusivity(unchecked) private var recordLines: [Line] = []
    /// The line of Excel's `sep=;` hint, which is not a record.
    private var hintLine: Int?
    /// Where the search for the next line end goes on: the bytes before it hold none, so a long
    /// line is scanned once, not once per chunk.
    @exclusivity(unchecked) private var scanFrom = 0
    /// The line ends `scan` found in the buffer, reused from chunk to chunk, each with whether
    /// its line is plain (see `isPlain`).
    @exclusivity(unchecked) private var lineEnds: [(end: Int, plain: Bool)] = []
    /// Plain lines read but not yet fed: they go to libcsv together (see `feedRun`).
    @exclusivity(unchecked) private var run: [Line] = []
    /// True while the rest of an overlong line is being skipped.
    @exclusivity(unchecked) private var skippingLine = false
    /// The batch being filled: its entries and raw text (the fields stay in the parser until
    /// it is handed over).
    @exclusivity(unchecked) private var batch = RecordBatch()
    /// How many of the parser's completed records are in `batch.entries` already.
    @exclusivity(unchecked) private var emitted = 0
    /// How many bytes were read from the file so far.
    private(set) var bytesRead = 0
    /// The hash of the bytes read so far: the whole file's once it is read (R6).
    private(set) var contentHash = FileHash()
    /// False when nobody needs the hash (a dry run): it costs a fifth of reading.
    var hashes = true
    /// Where batches go.
    private var onBatch: (RecordBatch) throws -> Void = { _ in }

    /// How many fields the header says a record has, once the import has read it; without
    /// it (or before), every record keeps its text.
    @exclusivity(unchecked) var recordWidth: RecordWidth?

    /// How many records a batch holds: enough that handing one over costs nothing per record,
    /// few enough that a batch is about a MiB.
    static let batchSize = 2048

    /// A line longer than this is no evaluation: it is rejected, its first bytes kept, and
    /// reading goes on with the next line, so that memory stays bounded (R5).
    static let maxLineBytes = 16 * 1024 * 1024

    /// The detected delimiter, once the header line has been seen.
    private(set) var delimiter: UInt8?
    /// What the file started with: a byte-order mark, or none.
    var encodingForm: InputDecoder.Form? { decoder.form }

    private struct Line {
        let number: Int
        let start: Int
        let end: Int
    }

    /// Opens `url` for reading.
    init(url: URL) throws {
        handle = try FileHandle(forReadingFrom: url)
    }

    deinit { try? handle.close() }

    /// Reads the whole file, handing over its records and unreadable stretches in order, in batches.
    func read(onBatch: @escaping (RecordBatch) throws -> Void) throws {
        self.onBatch = onBatch
        defer { self.onBatch = { _ in } }
        while let chunk = try handle.read(upToCount: Self.chunkSize), !chunk.isEmpty {
            bytesRead += chunk.count
            if hashes { chunk.withUnsafeBytes { contentHash.add($0) } }
            if decoder.passesThrough {
                // UTF-8 once the start is known: straight into the buffer, no copy on the way.
                chunk.withUnsafeBytes { buffer.append(contentsOf: $0) }
                try scan(atEnd: false)
            } else {
                try consume(decoder.decode([UInt8](chunk)), atEnd: false)
            }
        }
        try consume(decoder.finish(), atEnd: true)
        try handOver()
    }

    /// Reads the whole file, handing over each record and each unreadable stretch in order.
    func read(onRecord: (CSVRecord) throws -> Void, onFault: (CSVFault) throws -> Void) throws {
        try withoutActuallyEscaping(onRecord) { onRecord in
            try withoutActuallyEscaping(onFault) { onFault in
                try read { batch in
                    for entry in batch.entries {
                        if let record = batch.record(entry) { try onRecord(record) }
                        if let fault = batch.fault(entry) { try onFault(fault) }
                    }
                }
            }
        }
    }

    private func consume(_ bytes: [UInt8], atEnd: Bool) throws {
        buffer += bytes
        try scan(atEnd: atEnd)
    }

    /// Hands over the complete lines in the buffer (and, at the end, the rest).
    private func scan(atEnd: Bool) throws {
        if terminator == nil, !detectLayout(atEnd: atEnd) { return }
        guard let terminator else { return }
        // Every line end in the buffer, found in one pass (memchr) before any line is fed.
        lineEnds.removeAll(keepingCapacity: true)
        buffer.withUnsafeBytes { all in
            guard let base = all.baseAddress else { return }
            var from = max(lineStart, scanFrom)
            var start = lineStart
            while from < all.count, let found = memchr(base + from, Int32(terminator), all.count - from) {
                let end = base.distance(to: UnsafeRawPointer(found))
                lineEnds.append((end, Self.isPlain(UnsafeRawBufferPointer(rebasing: all[start...end]), terminator)))
                from = end + 1
                start = from
            }
        }
        for (end, plain) in lineEnds {
            let line = Line(number: lineNumber, start: lineStart, end: end + 1)
            lineStart = end + 1
            lineNumber += 1
            if skippingLine {
                skippingLine = false
                continue
            }
            if plain, line.number != hintLine, !run.isEmpty || parser?.isBetweenRecords ?? false {
                run.append(line)
                if batch.entries.count + run.count >= Self.batchSize { try feedRun() }
                continue
            }
            try feedRun()
            try feed(line)
            if batch.entries.count >= Self.batchSize, parser?.isBetweenRecords ?? true { try handOver() }
        }
        try feedRun()
        scanFrom = buffer.count
        if buffer.count - lineStart > Self.maxLineBytes || (skippingLine && !atEnd) {
            try skipOverlongLine()
        }
        if atEnd {
            if skippingLine {
                lineStart = buffer.count
            } else if lineStart < buffer.count {
                let line = Line(number: lineNumber, start: lineStart, end: buffer.count)
                lineStart = buffer.count
                try feed(line)
            }
            try finish()
        } else {
            compact()
        }
    }

    /// Hands the filled batch over, with the fields the parser stored for it.
    private func handOver() throws {
        guard !batch.entries.isEmpty, let parser else { return }
        var full = batch
        (full.bytes, full.fieldEnds) = parser.takeFields()
        full.bytesRead = bytesRead
        full.form = decoder.form
        batch = RecordBatch()
        batch.raw.reserveCapacity(full.raw.count)
        batch.entries.reserveCapacity(Self.batchSize)
        emitted = 0
        try onBatch(full)
    }

    /// True when `line` holds one whole record if its quoting is sound: it starts with text (a
    /// blank line is no record), holds an even number of quotes (no quoted field runs on to the
    /// next line), and no CR but its line end's. Nearly every line of an export is plain.
    private static func isPlain(_ line: UnsafeRawBufferPointer, _ terminator: UInt8) -> Bool {
        guard let base = line.baseAddress, let first = line.first,
            first != 0x20, first != 0x09, first != 0x0D, first != 0x0A
        else { return false }
        var quotes = 0
        var from = 0
        while from < line.count, let found = memchr(base + from, 0x22, line.count - from) {
            quotes += 1
            from = base.distance(to: UnsafeRawPointer(found)) + 1
        }
        let crlf = line.count >= 2 && line[line.count - 2] == 0x0D && terminator == 0x0A
        return quotes % 2 == 0 && (terminator != 0x0A || memchr(base, 0x0D, line.count - (crlf ? 2 : 1)) == nil)
    }

    /// Feeds the plain lines read so far to libcsv in one go, one record each: a call per line
    /// cost as much as a fifth of libcsv's own work. Lines that do not give one sound record
    /// each (a quote in the wrong place) are read again one by one, as any other line.
    private func feedRun() throws {
        guard let parser, let first = run.first, let last = run.last else { return }
        // Emptied when done, keeping its storage: nothing below adds to the run.
        defer { run.removeAll(keepingCapacity: true) }
        let before = parser.recordCount
        let parsed = buffer.withUnsafeBytes {
            parser.feed(UnsafeRawBufferPointer(rebasing: $0[first.start..<last.end]), wholeLines: true)
        }
        if parsed, parser.isBetweenRecords, parser.recordCount == before + run.count {
            for line in run { add(line: line.number, rawRange: line.start..<line.end) }
        } else {
            parser.dropRecords(from: before)
            for line in run { try feed(line) }
        }
        if batch.entries.count >= Self.batchSize, parser.isBetweenRecords { try handOver() }
    }

    /// Feeds one whole line; on a parse error, reads the first line of the broken record again.
    private func feed(_ line: Line) throws {
        guard let parser else { return }
        if parser.isBetweenRecords { recordLines.removeAll(keepingCapacity: true) }
        recordLines.append(line)
        let parsed = buffer.withUnsafeBytes {
            parser.feed(UnsafeRawBufferPointer(rebasing: $0[line.start..<line.end]))
        }
        emit(upTo: line.end)
        if !parsed {
            try feed(recover(reason: "a quote in the wrong place"))
        } else if recordLines.count > Self.maxRecordLines, !parser.isBetweenRecords {
            try feed(recover(reason: "a quoted field is never closed"))
        }
    }

    /// Feeds whole lines; on a parse error, reads the first line of the broken record again
    /// and its other lines as the start of new records.
    private func feed(_ lines: [Line]) throws {
        for line in lines { try feed(line) }
    }

    /// A quoted field that runs on for more lines than this is taken to be a quote never
    /// closed: no comment has that many line breaks, and waiting for the end of the file would
    /// hold all of it in memory.
    static let maxRecordLines = 1000

    private func finish() throws {
        guard let parser else { return }
        while !parser.finish() {
            try feed(recover(reason: "a quoted field is never closed"))
        }
        emit(upTo: buffer.count)
    }

    /// Reads the first line of the broken record again, leniently (quotes kept as text): a
    /// stray quote in a comment must not cost the record, or its low scores (R4). Only that
    /// line, because a quote that runs on may have swallowed the records after it: those are
    /// read again, by a fresh parser. When even that fails, the line is handed over as a fault
    /// (R5). Returns the lines to read again.
    private func recover(reason: String) -> [Line] {
        guard let first = recordLines.first, let parser, let delimiter, let terminator else { return [] }
        defer { parser.reset() }
        let raw = buffer[first.start..<first.end]
        var content = raw
        while let last = content.last, last == 0x0A || last == 0x0D { content.removeLast() }
        let fields = content.withUnsafeBytes {
            CSVParser.lenientFields(of: $0, delimiter: delimiter, terminator: terminator)
        }
        if let fields {
            parser.append(record: fields)
            addLast(line: first.number, raw: raw, problem: .quotes(reason))
        } else {
            addLast(line: first.number, raw: raw, problem: .fault(reason))
        }
        let rest = Array(recordLines.dropFirst())
        recordLines = []
        return rest
    }

    /// Adds the records the parser completed since the last call to the batch, with the line
    /// and the text of the record in progress.
    private func emit(upTo end: Int) {
        guard let parser, parser.recordCount > emitted, let first = recordLines.first else { return }
        guard first.number != hintLine else {
            emitted = parser.recordCount  // Excel's `sep=` line: no record, its fields unused
            return
        }
        while emitted < parser.recordCount {
            add(line: first.number, rawRange: first.start..<end)
        }
    }

    /// Adds the parser's latest record (or, for a fault, no record) to the batch.
    private func addLast(line: Int, raw: ArraySlice<UInt8>, problem: RecordBatch.Problem) {
        if case .fault = problem {
            add(line: line, raw: raw, problem: problem, fields: 0..<0)
        } else if let parser {
            emitted = parser.recordCount - 1
            add(line: line, raw: raw, problem: problem)
        }
    }

    /// Adds the parser's next completed record, without a problem, whose text is `rawRange` of
    /// the buffer: the text is copied only when the record may be rejected (see below).
    private func add(line: Int, rawRange: Range<Int>) {
        guard let parser else { return }
        let fields = parser.fields(ofRecord: emitted)
        emitted += 1
        let start = batch.raw.count
        if fields.count != recordWidth?.value { batch.raw.append(contentsOf: buffer[rawRange]) }
        batch.entries.append(
            RecordBatch.Entry(line: line, fields: fields, raw: start..<batch.raw.count, problem: nil))
    }

    /// Adds the parser's next completed record to the batch.
    private func add(line: Int, raw: ArraySlice<UInt8>, problem: RecordBatch.Problem?) {
        guard let parser else { return }
        add(line: line, raw: raw, problem: problem, fields: parser.fields(ofRecord: emitted))
        emitted += 1
    }

    private func add(line: Int, raw: ArraySlice<UInt8>, problem: RecordBatch.Problem?, fields: Range<Int>) {
        let start = batch.raw.count
        // Only a record that may be rejected keeps its text (R5): one with a problem, or with
        // another number of fields than the header. The others' would double the batch.
        if problem != nil || fields.count != recordWidth?.value { batch.raw.append(contentsOf: raw) }
        batch.entries.append(
            RecordBatch.Entry(line: line, fields: fields, raw: start..<batch.raw.count, problem: problem))
    }

    /// Hands over an overlong line's first 64 KiB as a record whose last field is cut off (or,
    /// inside a multi-line record, as a fault), and drops the line's bytes as they come until
    /// its end.
    private func skipOverlongLine() throws {
        if !skippingLine {
            let inRecord = !(parser?.isBetweenRecords ?? true) && recordLines.count > 1
            let start = inRecord ? recordLines.first?.start ?? lineStart : lineStart
            let number = inRecord ? recordLines.first?.number ?? lineNumber : lineNumber
            let kept = buffer[start..<min(buffer.count, start + 64 * 1024)]
            // The fields before the endless one still hold the record's scores (R4).
            if !inRecord, let delimiter, let terminator,
                let fields = kept.withUnsafeBytes({
                    CSVParser.lenientFields(of: $0, delimiter: delimiter, terminator: terminator)
                })
            {
                parser?.append(record: fields)
                addLast(line: number, raw: kept, problem: .cutOff)
            } else {
                addLast(
                    line: number, raw: kept,
                    problem: .fault(
                        "a line longer than \(Self.maxLineBytes / 1024 / 1024) MiB, which no evaluation has; only "
                            + "its first 64 KiB are kept"))
            }
            recordLines = []
            parser?.reset()
            skippingLine = true
        }
        buffer.removeSubrange(lineStart...)
        scanFrom = buffer.count
    }

    /// Drops the bytes no record needs any more, so that the buffer stays the size of a chunk.
    private func compact() {
        let keep = (parser?.isBetweenRecords ?? true) ? lineStart : (recordLines.first?.start ?? lineStart)
        guard keep > 0 else { return }
        buffer.removeFirst(keep)
        lineStart -= keep
        scanFrom = max(0, scanFrom - keep)
        recordLines = recordLines.map { Line(number: $0.number, start: $0.start - keep, end: $0.end - keep) }
    }

    /// Finds the line end and the delimiter from the first line that is not blank; false until
    /// that line is complete.
    private func detectLayout(atEnd: Bool) -> Bool {
        guard let firstText = buffer.firstIndex(where: { $0 != 0x0A && $0 != 0x0D && $0 != 0x20 && $0 != 0x09 }) else {
            if atEnd { terminator = 0x0A; parser = CSVParser(delimiter: 0x2C, terminator: 0x0A) }
            return atEnd
        }
        guard
            let lineEnd = buffer[firstText...].firstIndex(where: { $0 == 0x0A || $0 == 0x0D })
                ?? (atEnd ? buffer.count : nil)
        else { return false }
        if lineEnd < buffer.count, buffer[lineEnd] == 0x0D {
            guard lineEnd + 1 < buffer.count || atEnd else { return false }
            terminator = lineEnd + 1 < buffer.count && buffer[lineEnd + 1] == 0x0A ? 0x0A : 0x0D
        } else {
            terminator = 0x0A
        }
        let header = buffer[firstText..<lineEnd]
        if let hint = Self.separatorHint(header) {
            delimiter = hint
            hintLine = 1 + buffer[..<firstText].filter { $0 == terminator }.count
        } else {
            delimiter = Self.mostFrequentDelimiter(header)
        }
        parser = CSVParser(delimiter: delimiter ?? 0x2C, terminator: terminator ?? 0x0A)
        return true
    }

    /// Excel's `sep=;` first line, which names the delimiter.
    static func separatorHint(_ line: ArraySlice<UInt8>) -> UInt8? {
        let text = Array(line)
        guard text.count == 5, text.starts(with: Array("sep=".utf8)) else { return nil }
        return text[4]
    }

    /// The one of `,` `;` and tab that occurs most often outside quotes; `,` when none does.
    static func mostFrequentDelimiter(_ line: ArraySlice<UInt8>) -> UInt8 {
        var counts: [UInt8: Int] = [0x2C: 0, 0x3B: 0, 0x09: 0]
        var quoted = false
        for byte in line {
            if byte == 0x22 {
                quoted.toggle()
            } else if !quoted, counts[byte] != nil {
                counts[byte, default: 0] += 1
            }
        }
        let best = [UInt8(0x2C), 0x3B, 0x09].max { (counts[$0] ?? 0) < (counts[$1] ?? 0) } ?? 0x2C
        return (counts[best] ?? 0) > 0 ? best : 0x2C
    }
}
