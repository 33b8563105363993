import Foundation
import Synchronization

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
/// `@unchecked Sendable` pieces: a `Slot`'s `reader` is written by one worker and read by the
/// calling thread, both under `condition`; everything else belongs to the calling thread.
final class CSVSegments {
    private final class Slot: @unchecked Sendable {
        var bytes: [UInt8]
        let bytesRead: Int
        let atEnd: Bool
        /// The segment's reader once its worker is done; guarded by `condition`.
        var reader: CSVLineReader?

        init(bytes: [UInt8], bytesRead: Int, atEnd: Bool) {
            self.bytes = bytes
            self.bytesRead = bytesRead
            self.atEnd = atEnd
        }
    }

    /// How many segments are read ahead at most: enough to keep both cores busy, few enough
    /// that memory stays flat.
    static let window = 4

    private let layout: CSVLayout
    private let recordWidth: RecordWidth?
    private let condition = NSCondition()
    private var slots: [Slot] = []
    /// Readers done with, to be used again: a new one costs page faults as its room grows.
    private let idle = IdleReaders()
    /// Segments' byte arrays done with, emptied, for `CSVReader` to fill again.
    private var spare: [[UInt8]] = []
    /// The file's line number of the first line not handed over.
    private var nextLine = 1
    /// How many segments were submitted.
    private var submitted = 0
    /// The reader of a segment that ended inside a record, which the next segment goes on
    /// from, and what its line numbers lack.
    private var carry: (reader: CSVLineReader, lineOffset: Int)?

    init(layout: CSVLayout, recordWidth: RecordWidth?) {
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
        let slot = Slot(bytes: bytes, bytesRead: bytesRead, atEnd: atEnd)
        // Excel's `sep=` line can only be in the file's first segment.
        let first = submitted == 0
        submitted += 1
        let layout =
            first ? layout : CSVLayout(delimiter: layout.delimiter, terminator: layout.terminator, hintLine: nil)
        slots.append(slot)
        let work: @Sendable () -> Void = { [recordWidth, condition, idle] in
            let used = first ? nil : idle.readers.withLock { $0.popLast() }
            used?.restart()
            let reader = used ?? CSVLineReader(layout: layout, firstLine: 1, recordWidth: recordWidth)
            reader.read(segment: slot.bytes, atEnd: slot.atEnd)
            condition.lock()
            slot.reader = reader
            condition.broadcast()
            condition.unlock()
        }
        if elsewhere {
            DispatchQueue.global(qos: .userInitiated).async(execute: work)
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

    private func isRead(_ slot: Slot) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        return slot.reader != nil
    }

    private func deliverOldest(_ deliver: (RecordBatch, Int) throws -> Void) throws {
        let slot = slots.removeFirst()
        condition.lock()
        while slot.reader == nil { condition.wait() }
        let read = slot.reader
        condition.unlock()
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
        idle.readers.withLock { $0.append(reader) }
    }
}

/// The readers of segments read before, to be used again.
private final class IdleReaders: Sendable {
    let readers = Mutex<[CSVLineReader]>([])
}
