internal import CLibCSV
import Foundation

/// Owns one libcsv parser and stores the fields of the records it completes, flat.
///
/// libcsv calls back from C for every field and every record end; the callbacks only copy
/// bytes into `FieldStore`, which lives behind a pointer (no class property that Swift checks
/// for exclusive access on every write), and errors are read after `csv_parse` returns,
/// because nothing may throw across C. libcsv does not track lines; `CSVLineReader` feeds it one
/// whole line at a time and asks `isBetweenRecords` before each line, which is how every
/// record learns its line.
final class CSVParser {
    private let parser: UnsafeMutablePointer<csv_parser>
    private let store: UnsafeMutablePointer<FieldStore>

    private let delimiter: UInt8
    private let terminator: UInt8
    private let strict: Bool
    /// True while libcsv's built-in tests for line ends and spaces are in use.
    private var usesBuiltIn = false

    /// A parser for `delimiter` whose records end only at `terminator` (LF, or CR in a file
    /// that ends its lines with CR alone), so that a stray CR inside a line is text, not a
    /// record end, and every record matches the line `CSVLineReader` counted. A strict parser
    /// (CSV_STRICT) reports a stray quote as an error; a lenient one keeps it as text, which is
    /// how a broken line is read a second time.
    init(delimiter: UInt8, terminator: UInt8, strict: Bool = true) {
        self.delimiter = delimiter
        self.terminator = terminator
        self.strict = strict
        parser = UnsafeMutablePointer<csv_parser>.allocate(capacity: 1)
        store = UnsafeMutablePointer<FieldStore>.allocate(capacity: 1)
        store.initialize(to: FieldStore())
        configure()
    }

    /// True when `line` holds a CR anywhere but just before its final LF.
    private static func hasStrayCR(_ line: UnsafeRawBufferPointer) -> Bool {
        guard let base = line.baseAddress else { return false }
        let crlf = line.count >= 2 && line[line.count - 1] == 0x0A && line[line.count - 2] == 0x0D
        let checked = crlf ? line.count - 2 : line.count
        return memchr(base, 0x0D, checked) != nil
    }

    private func configure() {
        usesBuiltIn = false
        // csv_init fails only on a null pointer or when memory is exhausted.
        _ = csv_init(parser, UInt8(strict ? CSV_STRICT | CSV_STRICT_FINI | CSV_EMPTY_IS_NULL : CSV_EMPTY_IS_NULL))
        csv_set_delim(parser, delimiter)
        csv_set_term_func(parser, terminator == 0x0D ? isCR : isLF)
        switch (terminator == 0x0D, delimiter == 0x09) {
        case (false, false): csv_set_space_func(parser, spaceTabOrCR)
        case (false, true): csv_set_space_func(parser, spaceOrCR)
        case (true, false): csv_set_space_func(parser, spaceOrTab)
        case (true, true): csv_set_space_func(parser, spaceOnly)
        }
    }

    deinit {
        csv_free(parser)
        parser.deallocate()
        store.pointee.deallocate()
        store.deinitialize(count: 1)
        store.deallocate()
    }

    /// True when no record is in progress: the next byte fed starts a new record.
    var isBetweenRecords: Bool { parser.pointee.pstate == 0 }

    /// Parses `bytes`; false when libcsv found malformed quoting (strict mode).
    ///
    /// A line whose only CR is the one of its CRLF is parsed with libcsv's built-in tests for
    /// line ends and spaces (CR or LF, space or tab), which read it exactly as the custom ones
    /// do and spare a call through a function pointer for every byte.
    ///
    /// `wholeLines` says the caller checked that no line of `bytes` holds a CR but its CRLF's.
    func feed(_ bytes: UnsafeRawBufferPointer, wholeLines: Bool = false) -> Bool {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return true }
        let builtIn = terminator == 0x0A && delimiter != 0x09 && (wholeLines || !Self.hasStrayCR(bytes))
        if builtIn != usesBuiltIn {
            usesBuiltIn = builtIn
            csv_set_term_func(parser, builtIn ? nil : isLF)
            csv_set_space_func(parser, builtIn ? nil : spaceTabOrCR)
        }
        return csv_parse(parser, base, bytes.count, onField, onRecordEnd, store) == bytes.count
    }

    /// Ends the input: completes a last record without a line end; false on an open quote.
    func finish() -> Bool {
        csv_fini(parser, onField, onRecordEnd, store) == 0
    }

    /// Forgets the record in progress and starts afresh, after an error.
    func reset() {
        csv_free(parser)
        configure()
        store.pointee.discardPartial()
    }

    /// Forgets the records completed from `count` on, and the one in progress, and starts afresh.
    func dropRecords(from count: Int) {
        store.pointee.recordEnds.truncate(to: count)
        reset()
    }

    /// How many records are complete in the store.
    var recordCount: Int { store.pointee.recordEnds.count }

    /// The fields of completed record `index`: indexes into the store's field ends.
    func fields(ofRecord index: Int) -> Range<Int> {
        store.pointee.fields(ofRecord: index)
    }

    /// Adds a record read elsewhere (leniently) as if this parser had completed it.
    func append(record fields: [[UInt8]]) {
        store.pointee.discardPartial()
        for field in fields { field.withUnsafeBufferPointer { store.pointee.append($0) } }
        store.pointee.endRecord()
    }

    /// Hands over the completed records' field bytes and ends, and starts an empty store;
    /// only between records, so that no record is split.
    func takeFields() -> (bytes: HandedBuffer<UInt8>, fieldEnds: HandedBuffer<Int>) {
        let taken = (store.pointee.bytes.handOver(), store.pointee.fieldEnds.handOver())
        store.pointee.recordEnds.truncate(to: 0)
        return taken
    }

    /// Reads lines leniently: their fields when they hold exactly one record, else nil.
    static func lenientFields(of lines: UnsafeRawBufferPointer, delimiter: UInt8, terminator: UInt8) -> [[UInt8]]? {
        let lenient = CSVParser(delimiter: delimiter, terminator: terminator, strict: false)
        guard lenient.feed(lines), lenient.finish(), lenient.recordCount == 1 else { return nil }
        let store = lenient.store.pointee
        return lenient.fields(ofRecord: 0).map { index in
            Array(UnsafeBufferPointer(rebasing: store.bytesBuffer[store.range(ofField: index)]))
        }
    }

    /// Quotes one field for CSV output with libcsv's writer (doubling embedded quotes).
    static func quoted(_ field: [UInt8]) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: field.count * 2 + 2)
        let written = field.withUnsafeBytes { source in
            out.withUnsafeMutableBytes { dest in
                csv_write(dest.baseAddress, dest.count, source.baseAddress, source.count)
            }
        }
        return Array(out.prefix(written))
    }
}

/// What the C callbacks hand over, stored flat; lives exactly as long as its parser.
private struct FieldStore {
    var bytes = GrowableBuffer<UInt8>(capacity: 4096)
    var fieldEnds = GrowableBuffer<Int>(capacity: 256)
    /// How many fields the store held when each record ended.
    var recordEnds = GrowableBuffer<Int>(capacity: 64)

    func deallocate() {
        bytes.deallocate()
        fieldEnds.deallocate()
        recordEnds.deallocate()
    }

    var bytesBuffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: bytes.base, count: bytes.count) }

    func range(ofField index: Int) -> Range<Int> {
        (index == 0 ? 0 : fieldEnds[index - 1])..<fieldEnds[index]
    }

    func fields(ofRecord index: Int) -> Range<Int> {
        (index == 0 ? 0 : recordEnds[index - 1])..<recordEnds[index]
    }

    mutating func append(_ field: UnsafeBufferPointer<UInt8>) {
        bytes.append(field)
        fieldEnds.append(bytes.count)
    }

    mutating func endRecord() { recordEnds.append(fieldEnds.count) }

    /// Drops the fields of a record not completed.
    mutating func discardPartial() {
        fieldEnds.truncate(to: recordEnds.last ?? 0)
        bytes.truncate(to: fieldEnds.last ?? 0)
    }
}

private let onField: @convention(c) (UnsafeMutableRawPointer?, Int, UnsafeMutableRawPointer?) -> Void = {
    bytes, count, context in
    guard let store = context?.assumingMemoryBound(to: FieldStore.self) else { return }
    store.pointee.append(
        UnsafeBufferPointer(start: bytes?.assumingMemoryBound(to: UInt8.self), count: bytes == nil ? 0 : count))
}

private let onRecordEnd: @convention(c) (Int32, UnsafeMutableRawPointer?) -> Void = { _, context in
    context?.assumingMemoryBound(to: FieldStore.self).pointee.endRecord()
}

/// Records end at the file's line end only.
private let isLF: @convention(c) (UInt8) -> Int32 = { $0 == 0x0A ? 1 : 0 }
private let isCR: @convention(c) (UInt8) -> Int32 = { $0 == 0x0D ? 1 : 0 }

/// Unquoted fields lose surrounding spaces and tabs (except a tab that delimits); in a file
/// with LF line ends, the CR of a CRLF counts as a space, so it never ends up in a field.
private let spaceTabOrCR: @convention(c) (UInt8) -> Int32 = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D ? 1 : 0 }
private let spaceOrCR: @convention(c) (UInt8) -> Int32 = { $0 == 0x20 || $0 == 0x0D ? 1 : 0 }
private let spaceOrTab: @convention(c) (UInt8) -> Int32 = { $0 == 0x20 || $0 == 0x09 ? 1 : 0 }
private let spaceOnly: @convention(c) (UInt8) -> Int32 = { $0 == 0x20 ? 1 : 0 }
