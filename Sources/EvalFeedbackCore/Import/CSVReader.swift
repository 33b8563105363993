import Foundation

/// Reads a CSV file as a stream of records, in fixed-size chunks, with the line each starts on.
///
/// Memory stays flat whatever the file's size: it holds one chunk and the record in progress
/// (at most `maxRecordLines` lines). The delimiter (`,` `;` or tab) and the line end (LF, CRLF
/// or CR) are detected from the header line; Excel's `sep=;` hint line is honoured. A line
/// with a stray or unclosed quote is read a second time leniently and handed over marked
/// (`CSVRecord.quoteProblem`); what even that cannot read goes to `onFault` with its text.
/// Either way reading goes on with the next line, so that no later record is lost (R4, R5).
final class CSVReader {
    /// The size of each read from the file.
    static let chunkSize = 64 * 1024

    private let handle: FileHandle
    private var decoder = InputDecoder()
    private var parser: CSVParser?
    private var terminator: UInt8?
    private var buffer: [UInt8] = []
    /// Offset in `buffer` of the line not yet complete.
    private var lineStart = 0
    /// The number of the line that starts at `lineStart`.
    private var lineNumber = 1
    /// The complete lines of the record in progress.
    private var recordLines: [Line] = []
    /// The line of Excel's `sep=;` hint, which is not a record.
    private var hintLine: Int?
    /// Where the search for the next line end goes on: the bytes before it hold none, so a long
    /// line is scanned once, not once per chunk.
    private var scanFrom = 0
    /// True while the rest of an overlong line is being skipped.
    private var skippingLine = false

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

    /// Reads the whole file, handing over each record and each unreadable stretch in order.
    func read(onRecord: (CSVRecord) throws -> Void, onFault: (CSVFault) throws -> Void) throws {
        while let chunk = try handle.read(upToCount: Self.chunkSize), !chunk.isEmpty {
            try consume(decoder.decode([UInt8](chunk)), atEnd: false, onRecord, onFault)
        }
        try consume(decoder.finish(), atEnd: true, onRecord, onFault)
    }

    private func consume(
        _ bytes: [UInt8], atEnd: Bool, _ onRecord: (CSVRecord) throws -> Void,
        _ onFault: (CSVFault) throws -> Void
    ) throws {
        buffer += bytes
        if terminator == nil, !detectLayout(atEnd: atEnd) { return }
        guard let terminator else { return }
        var scan = max(lineStart, scanFrom)
        while let end = buffer[scan...].firstIndex(of: terminator) {
            let line = Line(number: lineNumber, start: lineStart, end: end + 1)
            lineStart = end + 1
            lineNumber += 1
            scan = lineStart
            if skippingLine {
                skippingLine = false
                continue
            }
            try feed([line], onRecord, onFault)
        }
        scanFrom = buffer.count
        if buffer.count - lineStart > Self.maxLineBytes || (skippingLine && !atEnd) {
            try skipOverlongLine(onRecord, onFault)
        }
        if atEnd {
            if skippingLine {
                lineStart = buffer.count
            } else if lineStart < buffer.count {
                let line = Line(number: lineNumber, start: lineStart, end: buffer.count)
                lineStart = buffer.count
                try feed([line], onRecord, onFault)
            }
            try finish(onRecord, onFault)
        } else {
            compact()
        }
    }

    /// Feeds whole lines; on a parse error, reads the first line of the broken record again
    /// and its other lines as the start of new records.
    private func feed(
        _ lines: [Line], _ onRecord: (CSVRecord) throws -> Void, _ onFault: (CSVFault) throws -> Void
    ) throws {
        guard let parser else { return }
        var queue = lines[...]
        while let line = queue.popFirst() {
            if parser.isBetweenRecords { recordLines = [] }
            recordLines.append(line)
            let parsed = buffer.withUnsafeBytes {
                parser.feed(UnsafeRawBufferPointer(rebasing: $0[line.start..<line.end]))
            }
            try emit(parser.takeRecords(), upTo: line.end, onRecord)
            if !parsed {
                queue = try recover(reason: "a quote in the wrong place", onRecord, onFault) + queue
            } else if recordLines.count > Self.maxRecordLines, !parser.isBetweenRecords {
                queue = try recover(reason: "a quoted field is never closed", onRecord, onFault) + queue
            }
        }
    }

    /// A quoted field that runs on for more lines than this is taken to be a quote never
    /// closed: no comment has that many line breaks, and waiting for the end of the file would
    /// hold all of it in memory.
    static let maxRecordLines = 1000

    private func finish(_ onRecord: (CSVRecord) throws -> Void, _ onFault: (CSVFault) throws -> Void) throws {
        guard let parser else { return }
        while !parser.finish() {
            let again = try recover(reason: "a quoted field is never closed", onRecord, onFault)
            try feed(again, onRecord, onFault)
        }
        try emit(parser.takeRecords(), upTo: buffer.count, onRecord)
    }

    /// Reads the first line of the broken record again, leniently (quotes kept as text): a
    /// stray quote in a comment must not cost the record, or its low scores (R4). Only that
    /// line, because a quote that runs on may have swallowed the records after it: those are
    /// read again, by a fresh parser. When even that fails, the line is handed over as a fault
    /// (R5). Returns the lines to read again.
    private func recover(
        reason: String, _ onRecord: (CSVRecord) throws -> Void, _ onFault: (CSVFault) throws -> Void
    ) throws -> [Line] {
        guard let first = recordLines.first, let parser, let delimiter, let terminator else { return [] }
        defer { parser.reset() }
        let raw = buffer[first.start..<first.end]
        var content = raw
        while let last = content.last, last == 0x0A || last == 0x0D { content.removeLast() }
        let fields = content.withUnsafeBytes {
            CSVParser.lenientFields(of: $0, delimiter: delimiter, terminator: terminator)
        }
        if let fields {
            try onRecord(CSVRecord(line: first.number, fields: fields, raw: raw, quoteProblem: reason))
        } else {
            try onFault(CSVFault(line: first.number, reason: reason, raw: raw))
        }
        let rest = Array(recordLines.dropFirst())
        recordLines = []
        return rest
    }

    private func emit(_ records: [[[UInt8]]], upTo end: Int, _ onRecord: (CSVRecord) throws -> Void) throws {
        guard let first = recordLines.first, first.number != hintLine else { return }
        for fields in records {
            try onRecord(CSVRecord(line: first.number, fields: fields, raw: buffer[first.start..<end]))
        }
    }

    /// Hands over an overlong line's first 64 KiB as a record whose last field is cut off (or,
    /// inside a multi-line record, as a fault), and drops the line's bytes as they come until
    /// its end.
    private func skipOverlongLine(_ onRecord: (CSVRecord) throws -> Void, _ onFault: (CSVFault) throws -> Void)
        throws
    {
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
                try onRecord(CSVRecord(line: number, fields: fields, raw: kept, cutOff: true))
            } else {
                try onFault(
                    CSVFault(
                        line: number,
                        reason: "a line longer than \(Self.maxLineBytes / 1024 / 1024) MiB, which no evaluation "
                            + "has; only its first 64 KiB are kept", raw: kept))
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
