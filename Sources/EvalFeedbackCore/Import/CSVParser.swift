internal import CLibCSV

/// Owns one libcsv parser and collects the fields of each record it completes.
///
/// libcsv calls back from C for every field and every record end; the callbacks only copy
/// bytes into `RecordSink`, and errors are read after `csv_parse` returns, because nothing may
/// throw across C. libcsv does not track lines; `CSVReader` feeds it one whole line at a time
/// and asks `isBetweenRecords` before each line, which is how every record learns its line.
final class CSVParser {
    private let parser: UnsafeMutablePointer<csv_parser>
    private let sink = RecordSink()

    /// A parser for `delimiter`. A strict one (CSV_STRICT) reports a stray quote as an error;
    /// a lenient one keeps it as text, which is how one broken line is read a second time.
    init(delimiter: UInt8, strict: Bool = true) {
        let parser = UnsafeMutablePointer<csv_parser>.allocate(capacity: 1)
        // csv_init fails only on a null pointer or when memory is exhausted.
        _ = csv_init(parser, UInt8(strict ? CSV_STRICT | CSV_STRICT_FINI | CSV_EMPTY_IS_NULL : CSV_EMPTY_IS_NULL))
        csv_set_delim(parser, delimiter)
        csv_set_space_func(parser, delimiter == 0x09 ? spaceOnly : spaceOrTab)
        self.parser = parser
    }

    deinit {
        csv_free(parser)
        parser.deallocate()
    }

    /// True when no record is in progress: the next byte fed starts a new record.
    var isBetweenRecords: Bool { parser.pointee.pstate == 0 }

    /// Parses `bytes`; false when libcsv found malformed quoting (strict mode).
    func feed(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return true }
        let context = Unmanaged.passUnretained(sink).toOpaque()  // used only during the call
        return csv_parse(parser, base, bytes.count, onField, onRecordEnd, context) == bytes.count
    }

    /// Ends the input: completes a last record without a line end; false on an open quote.
    func finish() -> Bool {
        let context = Unmanaged.passUnretained(sink).toOpaque()
        return csv_fini(parser, onField, onRecordEnd, context) == 0
    }

    /// Forgets the record in progress and starts afresh, after an error.
    func reset() {
        let options = csv_get_opts(parser)
        let delimiter = csv_get_delim(parser)
        csv_free(parser)
        _ = csv_init(parser, UInt8(options))
        csv_set_delim(parser, delimiter)
        csv_set_space_func(parser, delimiter == 0x09 ? spaceOnly : spaceOrTab)
        sink.discardPartial()
    }

    /// The records completed since the last call, each as its fields' bytes.
    func takeRecords() -> [[[UInt8]]] { sink.takeRecords() }

    /// Reads one line leniently: its fields when it holds exactly one record, else nil.
    static func lenientFields(of line: UnsafeRawBufferPointer, delimiter: UInt8) -> [[UInt8]]? {
        let lenient = CSVParser(delimiter: delimiter, strict: false)
        guard lenient.feed(line), lenient.finish() else { return nil }
        let records = lenient.takeRecords()
        return records.count == 1 ? records[0] : nil
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

/// Collects what the C callbacks hand over; lives exactly as long as its parser.
private final class RecordSink {
    private var current: [[UInt8]] = []
    private var completed: [[[UInt8]]] = []

    func append(_ field: UnsafeRawBufferPointer) { current.append(Array(field)) }
    func appendEmpty() { current.append([]) }

    func endRecord() {
        completed.append(current)
        current = []
    }

    func discardPartial() { current = [] }

    func takeRecords() -> [[[UInt8]]] {
        defer { completed = [] }
        return completed
    }
}

private let onField: @convention(c) (UnsafeMutableRawPointer?, Int, UnsafeMutableRawPointer?) -> Void = {
    bytes, count, context in
    guard let context else { return }
    let sink = Unmanaged<RecordSink>.fromOpaque(context).takeUnretainedValue()
    if let bytes {
        sink.append(UnsafeRawBufferPointer(start: bytes, count: count))
    } else {
        sink.appendEmpty()
    }
}

private let onRecordEnd: @convention(c) (Int32, UnsafeMutableRawPointer?) -> Void = { _, context in
    guard let context else { return }
    Unmanaged<RecordSink>.fromOpaque(context).takeUnretainedValue().endRecord()
}

/// Unquoted fields lose surrounding spaces and tabs, except a tab that delimits.
private let spaceOrTab: @convention(c) (UInt8) -> Int32 = { $0 == 0x20 || $0 == 0x09 ? 1 : 0 }
private let spaceOnly: @convention(c) (UInt8) -> Int32 = { $0 == 0x20 ? 1 : 0 }
