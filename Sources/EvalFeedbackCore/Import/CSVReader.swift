package import Foundation

/// Reads a CSV file as a stream of records, in fixed-size chunks, with the line each starts on,
/// handed over in batches (`RecordBatch`).
///
/// The delimiter (`,` `;` or tab) and the line end (LF, CRLF or CR) are found from the header
/// line (`CSVLayout`); Excel's `sep=;` hint line is honoured. The file is cut into segments of
/// about `segmentBytes`, which `CSVSegments` reads on other threads, each with its own
/// `CSVLineReader`, and hands over in order: the records are those of one reading of the
/// whole file, which is what happens when `segmentBytes` is nil, or when no place to cut
/// comes for `maxUncutBytes` (a line of many megabytes, lines that all hold a stray CR).
///
/// Memory stays flat whatever the file's size: a few segments, their batches, and the bytes
/// not yet cut.
package final class CSVReader {
    /// The size of each read from the file.
    static let chunkSize = 64 * 1024
    /// When this many bytes hold no place to cut, the rest of the file is read in one go, on
    /// the calling thread.
    static let maxUncutBytes = 8 * 1024 * 1024

    private let handle: FileHandle
    private var decoder = InputDecoder()
    /// How many bytes were read from the file so far.
    private(set) var bytesRead = 0
    /// The hash of the bytes read so far: the whole file's once it is read (R6).
    private(set) var contentHash = FileHash()
    /// False when nobody needs the hash (a dry run): it costs a fifth of reading.
    var hashes = true
    /// How many fields the header says a record has, once the import has read it; without
    /// it (or before), every record keeps its text.
    var recordWidth: Notice<Int>?
    /// Asked before each segment: true while reading is the slower side (the records are
    /// handed over faster than it reads them), so that the segment is read on another thread.
    /// While it is false (and when it is nil) segments are read on the calling thread, which
    /// leaves the other core to the side that is slower.
    package var shareReading: (() -> Bool)?
    /// The size of the segments read at once; nil reads the whole file on the calling thread.
    package var segmentBytes: Int? = 256 * 1024

    /// How the file is written, once its header line has been seen.
    private(set) var layout: CSVLayout?
    /// The detected delimiter, once the header line has been seen.
    package var delimiter: UInt8? { layout?.delimiter }
    /// What the file started with: a byte-order mark, or none.
    var encodingForm: InputDecoder.Form? { decoder.form }

    /// Bytes read and not yet cut into a segment (decoded: UTF-8 for UTF-16 files).
    private var uncut: [UInt8] = []
    /// Where the search for a cut in `uncut` goes on: the start of the next line to look at,
    /// or nil when it has not begun.
    private var searchFrom: Int?
    private var segments: CSVSegments?
    /// The reader of the rest of the file once it is read in one go, and what its line
    /// numbers lack.
    private var whole: (reader: CSVLineReader, lineOffset: Int)?
    /// Where batches go.
    private var onBatch: (RecordBatch) throws -> Void = { _ in }

    /// Opens `url` for reading.
    package init(url: URL) throws {
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
                // UTF-8 once the start is known: straight on, no copy on the way.
                chunk.withUnsafeBytes { uncut.append(contentsOf: $0) }
            } else {
                uncut += decoder.decode([UInt8](chunk))
            }
            try take(atEnd: false)
        }
        uncut += decoder.finish()
        try take(atEnd: true)
    }

    /// Reads the whole file, handing over each record and each unreadable stretch in order.
    package func read(onRecord: (CSVRecord) throws -> Void, onFault: (CSVFault) throws -> Void) throws {
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

    /// Passes on what `uncut` holds: whole segments, or everything once the file is read in
    /// one go (or at its end).
    private func take(atEnd: Bool) throws {
        if layout == nil {
            guard let found = CSVLayout.detect(in: uncut, atEnd: atEnd) else { return }
            layout = found
        }
        guard let layout else { return }
        if whole == nil, let segmentBytes {
            let segments = self.segments ?? CSVSegments(layout: layout, recordWidth: recordWidth)
            self.segments = segments
            // Every place to cut at once, and what is left moved to the front once: cutting
            // the segments off one by one would copy the rest each time.
            var start = 0
            while let cut = nextCut(from: start, after: segmentBytes, terminator: layout.terminator) {
                try submit(uncut[start..<cut], to: segments, atEnd: false)
                start = cut
            }
            uncut.removeSubrange(..<start)
            searchFrom = searchFrom.map { $0 - start }
            if atEnd {
                try submit(uncut[...], to: segments, atEnd: true)
                uncut = []
                _ = try segments.drain(deliver: deliver)
                return
            }
            guard uncut.count > Self.maxUncutBytes else { return }
            let (carry, nextLine) = try segments.drain(deliver: deliver)
            whole = carry ?? (CSVLineReader(layout: layout, firstLine: nextLine, recordWidth: recordWidth), 0)
        }
        let (reader, lineOffset) =
            whole ?? (CSVLineReader(layout: layout, firstLine: 1, recordWidth: recordWidth), 0)
        whole = (reader, lineOffset)
        reader.consume(uncut, atEnd: atEnd)
        uncut = []
        for var batch in reader.takeBatches() {
            batch.shiftLines(by: lineOffset)
            try deliver(batch, bytesRead)
        }
    }

    /// Hands `bytes` (a stretch of `uncut`) to `segments` as a segment, to be read on another
    /// thread when reading is the slower side.
    private func submit(_ bytes: ArraySlice<UInt8>, to segments: CSVSegments, atEnd: Bool) throws {
        var segment = segments.spareBytes()
        segment.append(contentsOf: bytes)
        searchFrom = nil
        try segments.submit(
            segment, bytesRead: bytesRead, atEnd: atEnd, elsewhere: shareReading?() ?? false, deliver: deliver)
    }

    private func deliver(_ batch: RecordBatch, _ bytesRead: Int) throws {
        var batch = batch
        batch.bytesRead = bytesRead
        batch.form = decoder.form
        try onBatch(batch)
    }

    /// Where to cut `uncut` next, past `start` (where the last segment ended): just after the
    /// first plain line (`CSVLineReader.isPlain`: one whole record, in an export nearly always)
    /// that ends at or after `size` bytes from `start`; nil until there is one. A line inside a
    /// quoted field may look plain too: `CSVSegments` sees to that.
    private func nextCut(from start: Int, after size: Int, terminator: UInt8) -> Int? {
        uncut.withUnsafeBytes { all -> Int? in
            guard let base = all.baseAddress, all.count - start >= size else { return nil }
            var line: Int
            if let searchFrom {
                line = searchFrom
            } else {
                // The line that holds byte `start + size - 1`: from the line end before it, if any.
                let last = start + size - 1
                guard let end = memchr(base + last, Int32(terminator), all.count - last) else { return nil }
                line = base.distance(to: UnsafeRawPointer(end))
                while line > start, all[line - 1] != terminator { line -= 1 }
            }
            while let found = memchr(base + line, Int32(terminator), all.count - line) {
                let end = base.distance(to: UnsafeRawPointer(found)) + 1
                if CSVLineReader.isPlain(UnsafeRawBufferPointer(rebasing: all[line..<end]), terminator) {
                    return end
                }
                line = end
            }
            searchFrom = line
            return nil
        }
    }
}
