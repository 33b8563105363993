/// Reads stretches of a file (segments) on other threads, each with its own `CSVLineReader`,
/// and hands their batches over in file order: libcsv's reading of a file, its most costly
/// part, is shared between the cores.
///
/// `CSVReader` cuts a segment after a line that looks like a whole record, which in an export
/// nearly always is one; but only reading from the start can tell, so each segment's reader
/// starts as if between records, and its result is used only once the segment before it is
/// known to have ended between records. When it did not (the cut fell inside a quoted field
/// of several lines), the previous segment's reader goes on with the segment's bytes, on the
/// calling thread, exactly as a reading of the whole file would: the records are the same
/// either way.
///
/// Segments number their lines from 1; their records get the file's line numbers when they are
/// handed over, once the lines before them are counted.
///
/// `@unchecked Sendable`: a `Slot`'s bytes are read by its worker, and changed by the calling
/// thread only once the worker has handed over its reader (`read`); everything else belongs
/// to the calling thread.
final class CSVSegments {
    private final class Slot: @unchecked Sendable {
        var bytes: [UInt8]
        let bytesRead: Int
        let atEnd: Bool
        /// A reader done with, for the worker to start again; nil for a new one.
        let reuse: CSVLineReader?
        /// The segment's reader, once its worker is done.
        let read = Handover<CSVLineReader>(capacity: 1)

        init(bytes: [UInt8], bytesRead: Int, atEnd: Bool, reuse: CSVLineReader?) {
            self.bytes = bytes
            self.bytesRead = bytesRead
            self.atEnd = atEnd
            self.reuse = reuse
        }
    }

    /// How many segments are read ahead at most: enough to keep both cores busy, few enough
    /// that memory stays flat.
    static let window = 4

    private let layout: CSVLayout
    private let recordWidth: Notice<Int>?
    private var slots: [Slot] = []
    /// Readers done with, to be used again: a new one costs page faults as its room grows.
    private var idle: [CSVLineReader] = []
    /// Segments' byte arrays done with, emptied, for `CSVReader` to fill again.
    private var spare: [[UInt8]] = []
    /// The file's line number of the first line not handed over.
    private var nextLine = 1
    /// How many segments were submitted.
    private var submitted = 0
    /// The reader of a segment that ended inside a record, which the next segment goes on
    /// from, and what its line numbers lack.
    private var carry: (reader: CSVLineReader, lineOffset: Int)?

    init(layout: CSVLayout, recordWidth: Notice<Int>?) {
        self.layout = layout
        self.recordWidth = recordWidth
    }

    /// Reads a segment that follows the segments before it (`bytesRead` bytes of the file were
    /// read when it was cut): on another thread when `elsewhere`, else on this one. Hands over
    /// the batches of the segments before it that are read, and waits for the oldest while the
    /// window is full.
    func submit(
        _ bytes: [UInt8], bytesRead: Int, atEnd: Bool, elsewhere: Bool, deliver: (RecordBatch, Int) throws -> Void
    ) throws {
        while slots.count >= Self.window { try deliverOldest(deliver) }
        // Excel's `sep=` line can only be in the file's first segment.
        let first = submitted == 0
        submitted += 1
        let layout =
            first ? layout : CSVLayout(delimiter: layout.delimiter, terminator: layout.terminator, hintLine: nil)
        let slot = Slot(bytes: bytes, bytesRead: bytesRead, atEnd: atEnd, reuse: first ? nil : idle.popLast())
        slots.append(slot)
        let work: @Sendable () -> Void = { [recordWidth] in
            slot.reuse?.restart()
            let reader = slot.reuse ?? CSVLineReader(layout: layout, firstLine: 1, recordWidth: recordWidth)
            reader.read(segment: slot.bytes, atEnd: slot.atEnd)
            slot.read.put(reader)
        }
        if elsewhere {
            slot.read.startWork(work)
        } else {
            work()
        }
        while let oldest = slots.first, isRead(oldest) { try deliverOldest(deliver) }
    }

    /// An empty byte array with room for a segment, when one is spare.
    func spareBytes() -> [UInt8] { spare.popLast() ?? [] }

    /// Hands over every segment's batches. Returns the reader to go on from when the last
    /// segment ended inside a record, with what its line numbers lack, and the file's line
    /// number of the next line.
    func drain(deliver: (RecordBatch, Int) throws -> Void) throws -> (
        carry: (reader: CSVLineReader, lineOffset: Int)?, nextLine: Int
    ) {
        while !slots.isEmpty { try deliverOldest(deliver) }
        defer { carry = nil }
        return (carry, nextLine)
    }

    private func isRead(_ slot: Slot) -> Bool { slot.read.count > 0 }

    private func deliverOldest(_ deliver: (RecordBatch, Int) throws -> Void) throws {
        let slot = slots.removeFirst()
        // A worker's only end is its reader: `take` cannot throw, nor return nil.
        let read = try? slot.read.take()
        let (reader, lineOffset) = carry ?? (read, nextLine - 1)
        guard let reader else { return }
        if carry != nil {
            // The segment before ended inside a record: this one's own reading is void.
            if let read { recycle(read) }
            reader.read(segment: slot.bytes, atEnd: slot.atEnd)
        }
        for var batch in reader.takeBatches() {
            batch.shiftLines(by: lineOffset)
            try deliver(batch, slot.bytesRead)
        }
        nextLine = lineOffset + reader.nextLine
        if !slot.atEnd, !reader.isBetweenRecords {
            carry = (reader, lineOffset)
            return
        }
        carry = nil
        if !slot.atEnd { recycle(reader) }
        // Kept only for a reader that goes on into it (above); its room is used again.
        var bytes = slot.bytes
        slot.bytes = []
        bytes.removeAll(keepingCapacity: true)
        if spare.count < Self.window { spare.append(bytes) }
    }

    /// Keeps a reader done with for a later segment (not the first's, which knows Excel's
    /// `sep=` line).
    private func recycle(_ reader: CSVLineReader) {
        guard reader.hintLine == nil else { return }
        idle.append(reader)
    }
}
