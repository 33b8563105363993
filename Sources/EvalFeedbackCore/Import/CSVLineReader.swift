import Foundation

/// Reads whole lines of CSV into records with libcsv, from a given line on, and hands them
/// over in batches (`RecordBatch`) of about `batchSize` records.
///
/// It is given bytes as they come (`consume`) and holds only the line not yet complete, the
/// record in progress (at most `maxRecordLines` lines) and one batch. A line with a stray or
/// unclosed quote is read a second time leniently and handed over marked
/// (`CSVRecord.quoteProblem`); what even that cannot read is handed over as a fault with its
/// text. Either way reading goes on with the next line, so that no later record is lost (R4, R5).
///
/// `CSVReader` runs one of these per stretch of a file, on several threads at once, or one for
/// the whole file. `@unchecked Sendable`: one thread at a time uses it, and it passes from one
/// thread to the next only under a lock (`CSVSegments`).
final class CSVLineReader: @unchecked Sendable {
    private let layout: CSVLayout
    // The properties marked `@exclusivity(unchecked)` are touched for every line or record and
    // never passed `inout` while read: Swift's dynamic checks of exclusive access to them cost
    // about 6% of reading a file.
    @exclusivity(unchecked) private var parser: CSVParser
    @exclusivity(unchecked) private var buffer: [UInt8] = []
    /// Offset in `buffer` of the line not yet complete.
    @exclusivity(unchecked) private var lineStart = 0
    /// The number of the line that starts at `lineStart`.
    @exclusivity(unchecked) private var lineNumber: Int
    /// The complete lines of the record in progress.
    @exclusivity(unchecked) private var recordLines: [Line] = []
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
    /// The batches handed over and not yet taken (`takeBatches`).
    private var ready: [RecordBatch] = []

    /// How many fields the header says a record has, once the import has read it; without
    /// it (or before), every record keeps its text. Looked at once for all the bytes `consume`
    /// is given (`width`), not for each record.
    private let recordWidth: Notice<Int>?
    private var width: Int?

    /// How many records a batch holds: enough that handing one over costs nothing per record,
    /// few enough that a batch is about a MiB.
    static let batchSize = 2048
    /// Room made for entries up front: a segment may hold one line (the smallest are one line
    /// long); a batch that fills grows its room as an array does.
    static let firstEntries = 64

    /// A line longer than this is no evaluation: it is rejected, its first bytes kept, and
    /// reading goes on with the next line, so that memory stays bounded (R5).
    static let maxLineBytes = 16 * 1024 * 1024
    /// How much of an overlong line is kept: its record's first fields, or the reject's text.
    static let keptOfOverlongLine = 64 * 1024
    /// What is wrong with an overlong line, in the numbers above.
    static let overlongLine = LineProblem.overlongLine(
        limitMiB: maxLineBytes / 1024 / 1024, keptKiB: keptOfOverlongLine / 1024)

    /// A quoted field that runs on for more lines than this is taken to be a quote never
    /// closed: no comment has that many line breaks, and waiting for the end of the file would
    /// hold all of it in memory.
    static let maxRecordLines = 1000

    private struct Line {
        let number: Int
        let start: Int
        let end: Int
    }

    /// A reader whose first byte starts line `firstLine`, between records.
    init(layout: CSVLayout, firstLine: Int, recordWidth: Notice<Int>?) {
        self.layout = layout
        self.lineNumber = firstLine
        self.recordWidth = recordWidth
        parser = CSVParser(delimiter: layout.delimiter, terminator: layout.terminator)
    }

    /// Starts again, for another segment of the file (its lines numbered from 1), between
    /// records: everything read before is forgotten, but the room it took is kept.
    func restart() {
        parser.dropRecords(from: 0)
        buffer = []
        lineStart = 0
        lineNumber = 1
        recordLines.removeAll(keepingCapacity: true)
        scanFrom = 0
        run.removeAll(keepingCapacity: true)
        skippingLine = false
        batch = RecordBatch()
        batch.entries.reserveCapacity(Self.firstEntries)
        emitted = 0
        ready = []
    }

    /// The number of the line not yet read whole: the next segment's first, at a segment's end.
    var nextLine: Int { lineNumber }

    /// The line of Excel's `sep=;` hint that this reader skips, if any.
    var hintLine: Int? { layout.hintLine }

    /// True when no record is in progress: the next line starts a new record.
    var isBetweenRecords: Bool { parser.isBetweenRecords }

    /// Reads `bytes`, the next of the file; `atEnd` says they are its last, so that a last line
    /// without a line end is read too and the last batch is handed over.
    func consume(_ bytes: [UInt8], atEnd: Bool) {
        if width == nil { width = recordWidth?.value }
        if buffer.isEmpty { buffer = bytes } else { buffer += bytes }
        scan(atEnd: atEnd)
    }

    /// Reads a segment's bytes (`consume`) and hands over every record whole at its end: the
    /// batch in progress too, unless the segment ends inside a record.
    func read(segment bytes: [UInt8], atEnd: Bool) {
        consume(bytes, atEnd: atEnd)
        if parser.isBetweenRecords { handOver() }
    }

    /// The batches handed over since the last call, in order.
    func takeBatches() -> [RecordBatch] {
        defer { ready.removeAll() }
        return ready
    }

    /// Hands over the complete lines in the buffer (and, at the end, the rest).
    private func scan(atEnd: Bool) {
        let terminator = layout.terminator
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
            if plain, line.number != layout.hintLine, !run.isEmpty || parser.isBetweenRecords {
                run.append(line)
                if batch.entries.count + run.count >= Self.batchSize { feedRun() }
                continue
            }
            feedRun()
            feed(line)
            if batch.entries.count >= Self.batchSize, parser.isBetweenRecords { handOver() }
        }
        feedRun()
        scanFrom = buffer.count
        if buffer.count - lineStart > Self.maxLineBytes || (skippingLine && !atEnd) {
            skipOverlongLine()
        }
        if atEnd {
            if skippingLine {
                lineStart = buffer.count
            } else if lineStart < buffer.count {
                let line = Line(number: lineNumber, start: lineStart, end: buffer.count)
                lineStart = buffer.count
                feed(line)
            }
            finish()
            handOver()
        } else {
            compact()
        }
    }

    /// Hands the filled batch over, with the fields the parser stored for it.
    private func handOver() {
        guard !batch.entries.isEmpty else { return }
        var full = batch
        (full.bytes, full.fieldEnds) = parser.takeFields()
        batch = RecordBatch()
        batch.raw.reserveCapacity(full.raw.count)
        batch.entries.reserveCapacity(Self.firstEntries)
        emitted = 0
        ready.append(full)
    }

    /// True when `line` holds one whole record if its quoting is sound: it starts with text (a
    /// blank line is no record), holds an even number of quotes (no quoted field runs on to the
    /// next line), and no CR but its line end's. Nearly every line of an export is plain.
    static func isPlain(_ line: UnsafeRawBufferPointer, _ terminator: UInt8) -> Bool {
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
    private func feedRun() {
        guard let first = run.first, let last = run.last else { return }
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
            for line in run { feed(line) }
        }
        if batch.entries.count >= Self.batchSize, parser.isBetweenRecords { handOver() }
    }

    /// Feeds one whole line; on a parse error, reads the first line of the broken record again.
    private func feed(_ line: Line) {
        if parser.isBetweenRecords { recordLines.removeAll(keepingCapacity: true) }
        recordLines.append(line)
        let parsed = buffer.withUnsafeBytes {
            parser.feed(UnsafeRawBufferPointer(rebasing: $0[line.start..<line.end]))
        }
        emit(upTo: line.end)
        if !parsed {
            feed(recover(.misplacedQuote))
        } else if recordLines.count > Self.maxRecordLines, !parser.isBetweenRecords {
            feed(recover(.unclosedQuote))
        }
    }

    /// Feeds whole lines; on a parse error, reads the first line of the broken record again
    /// and its other lines as the start of new records.
    private func feed(_ lines: [Line]) {
        for line in lines { feed(line) }
    }

    private func finish() {
        while !parser.finish() {
            feed(recover(.unclosedQuote))
        }
        emit(upTo: buffer.count)
    }

    /// Reads the first line of the broken record again, leniently (quotes kept as text): a
    /// stray quote in a comment must not cost the record, or its low scores (R4). Only that
    /// line, because a quote that runs on may have swallowed the records after it: those are
    /// read again, by a fresh parser. When even that fails, the line is handed over as a fault
    /// (R5). Returns the lines to read again.
    private func recover(_ problem: LineProblem) -> [Line] {
        guard let first = recordLines.first else { return [] }
        let (delimiter, terminator) = (layout.delimiter, layout.terminator)
        defer { parser.reset() }
        let raw = buffer[first.start..<first.end]
        var content = raw
        while let last = content.last, last == 0x0A || last == 0x0D { content.removeLast() }
        let fields = content.withUnsafeBytes {
            CSVParser.lenientFields(of: $0, delimiter: delimiter, terminator: terminator)
        }
        if let fields {
            parser.append(record: fields)
            addLast(line: first.number, raw: raw, problem: .quotes(problem))
        } else {
            addLast(line: first.number, raw: raw, problem: .fault(problem))
        }
        let rest = Array(recordLines.dropFirst())
        recordLines = []
        return rest
    }

    /// Adds the records the parser completed since the last call to the batch, with the line
    /// and the text of the record in progress.
    private func emit(upTo end: Int) {
        guard parser.recordCount > emitted, let first = recordLines.first else { return }
        guard first.number != layout.hintLine else {
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
        } else {
            emitted = parser.recordCount - 1
            add(line: line, raw: raw, problem: problem)
        }
    }

    /// Adds the parser's next completed record, without a problem, whose text is `rawRange` of
    /// the buffer: the text is copied only when the record may be rejected (see below).
    private func add(line: Int, rawRange: Range<Int>) {
        let fields = parser.fields(ofRecord: emitted)
        emitted += 1
        let start = batch.raw.count
        if fields.count != width { batch.raw.append(contentsOf: buffer[rawRange]) }
        batch.entries.append(
            RecordBatch.Entry(line: line, fields: fields, raw: start..<batch.raw.count, problem: nil))
    }

    /// Adds the parser's next completed record to the batch.
    private func add(line: Int, raw: ArraySlice<UInt8>, problem: RecordBatch.Problem?) {
        add(line: line, raw: raw, problem: problem, fields: parser.fields(ofRecord: emitted))
        emitted += 1
    }

    private func add(line: Int, raw: ArraySlice<UInt8>, problem: RecordBatch.Problem?, fields: Range<Int>) {
        let start = batch.raw.count
        // Only a record that may be rejected keeps its text (R5): one with a problem, or with
        // another number of fields than the header. The others' would double the batch.
        if problem != nil || fields.count != width { batch.raw.append(contentsOf: raw) }
        batch.entries.append(
            RecordBatch.Entry(line: line, fields: fields, raw: start..<batch.raw.count, problem: problem))
    }

    /// Hands over an overlong line's first `keptOfOverlongLine` bytes as a record whose last field is cut off (or,
    /// inside a multi-line record, as a fault), and drops the line's bytes as they come until
    /// its end.
    private func skipOverlongLine() {
        if !skippingLine {
            let inRecord = !(parser.isBetweenRecords) && recordLines.count > 1
            let start = inRecord ? recordLines.first?.start ?? lineStart : lineStart
            let number = inRecord ? recordLines.first?.number ?? lineNumber : lineNumber
            let kept = buffer[start..<min(buffer.count, start + Self.keptOfOverlongLine)]
            // The fields before the endless one still hold the record's scores (R4).
            if !inRecord,
                let fields = kept.withUnsafeBytes({
                    CSVParser.lenientFields(
                        of: $0, delimiter: self.layout.delimiter, terminator: self.layout.terminator)
                })
            {
                parser.append(record: fields)
                addLast(line: number, raw: kept, problem: .cutOff)
            } else {
                addLast(
                    line: number, raw: kept,
                    problem: .fault(Self.overlongLine))
            }
            recordLines = []
            parser.reset()
            skippingLine = true
        }
        buffer.removeSubrange(lineStart...)
        scanFrom = buffer.count
    }

    /// Drops the bytes no record needs any more, so that the buffer stays the size of a chunk.
    private func compact() {
        let keep = parser.isBetweenRecords ? lineStart : (recordLines.first?.start ?? lineStart)
        guard keep > 0 else { return }
        if keep == buffer.count {
            buffer = []  // lets go of a segment's bytes, which are then used again (`CSVSegments`)
        } else {
            buffer.removeFirst(keep)
        }
        lineStart -= keep
        scanFrom = max(0, scanFrom - keep)
        recordLines = recordLines.map { Line(number: $0.number, start: $0.start - keep, end: $0.end - keep) }
    }
}
