/// Records as read from a file, stored flat: one byte buffer holds every field of every
/// record, so that a million records cost a handful of allocations rather than one per field.
///
/// A `CSVLineReader` fills a batch on its thread; `CSVReader` hands it whole to the import, which reads
/// the fields in place (and binds them to SQLite straight from `bytes`). A batch owns all it
/// holds (no pointers into the reader's buffer), so it can cross threads.
struct RecordBatch: Sendable {
    /// One record, or one stretch of the file that could not be read as a record (R5).
    struct Entry: Sendable {
        /// The line on which the record starts (1-based).
        var line: Int
        /// Its fields: indexes into `fieldEnds`.
        let fields: Range<Int>
        /// Its text exactly as in the (decoded) file: a range of `raw`, kept for rejects (R5);
        /// empty for a record with the header's number of fields and no problem, which no
        /// reading rejects.
        let raw: Range<Int>
        /// What was wrong with it, when anything was.
        let problem: Problem?
    }

    /// Why a record needed more than plain reading.
    enum Problem: Sendable, Equatable {
        /// Quotes in the wrong place: the line was read a second time with quotes as text.
        case quotes(LineProblem)
        /// The line was too long to keep whole: its last field is cut off.
        case cutOff
        /// Not readable as a record at all: kept verbatim with the reason.
        case fault(LineProblem)
    }

    /// The bytes of every field, quotes removed, one after the other.
    var bytes = HandedBuffer<UInt8>()
    /// Where each field ends in `bytes`; it starts where the one before it ends.
    var fieldEnds = HandedBuffer<Int>()
    /// The records' text as written in the file, one after the other.
    var raw: [UInt8] = []
    /// The records and faults, in file order.
    var entries: [Entry] = []
    /// How many bytes of the file were read when the batch was handed over: for progress.
    var bytesRead = 0
    /// What the file started with (a byte-order mark, or none), known from the first batch on.
    var form: InputDecoder.Form?
    /// Each entry read plainly by the reading thread (nil where it needs the general reading);
    /// empty when the batch was not read ahead (see `PlainPlan`).
    var plain: [PlainRecord?] = []

    /// Adds `offset` to every entry's line: a segment's lines are numbered from 1 until the lines
    /// before it are counted.
    mutating func shiftLines(by offset: Int) {
        guard offset != 0 else { return }
        for index in entries.indices { entries[index].line += offset }
    }

    /// The byte range of field `index` in `bytes`.
    func range(ofField index: Int) -> Range<Int> {
        (index == 0 ? 0 : fieldEnds[index - 1])..<fieldEnds[index]
    }

    /// An entry's fields as separate byte arrays: for the general reading of a record, which
    /// every record that is not plain takes.
    func fieldArrays(_ entry: Entry) -> [[UInt8]] {
        entry.fields.map { bytes.copy(range(ofField: $0)) }
    }

    /// An entry as the record the general reading takes; nil for a fault.
    func record(_ entry: Entry) -> CSVRecord? {
        var record = CSVRecord(line: entry.line, fields: fieldArrays(entry), raw: raw[entry.raw])
        switch entry.problem {
        case .fault: return nil
        case .quotes(let problem): record.quoteProblem = problem
        case .cutOff: record.cutOff = true
        case nil: break
        }
        return record
    }

    /// An entry as a fault; nil for a record.
    func fault(_ entry: Entry) -> CSVFault? {
        guard case .fault(let problem) = entry.problem else { return nil }
        return CSVFault(line: entry.line, problem: problem, raw: raw[entry.raw])
    }
}
