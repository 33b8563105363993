import EvalFeedbackCore
import FuzzDriver
import Foundation

/// The CSV reading alone for libFuzzer (`make fuzz-reading`): bytes in, records and faults
/// out, with no register. Each input is read twice, and the two must agree: in one go, and cut
/// into segments of 1 to 1,024 bytes (see `segmentBytes(forLength:)`). A crash, a hang,
/// a leak or a disagreement (a trap) is what the fuzzer looks for. The segments are read on
/// this thread: on another thread the same code runs, and `CSVReaderTests` compares both ways.
/// It runs thousands of inputs a second on one core (see docs/data-safety.md), where the whole
/// import path (`FuzzImport`) runs a few dozen.
///
/// Built with `-D FUZZING -sanitize=fuzzer,address`, libFuzzer supplies `main`. Without it,
/// this is a small program that reads the files it is given: how a crashing input kept in
/// `Fuzz/crashes-reading/` is replayed.
enum FuzzReading {
    /// The input's file: in memory (`/dev/shm`) where there is one.
    static let file = URL(
        fileURLWithPath: FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    ).appendingPathComponent("evalfeedback-fuzz-reading-\(getpid()).csv")

    static func run(_ bytes: UnsafeRawBufferPointer) {
        guard (try? Data(bytes).write(to: file)) != nil else { return }
        let whole = read(segmentBytes: nil)
        if read(segmentBytes: segmentBytes(forLength: bytes.count)) != whole {
            fatalError("reading in segments differs from reading in one go")
        }
    }

    /// The size of the segments to cut an input of `length` bytes into: 1 (a cut after every
    /// line that may end a record), 2, 4, ... up to 1,024 bytes (one segment: `make
    /// fuzz-reading`'s inputs are at most 1 KiB), chosen by the length so that the fuzzer steers
    /// it as it does the bytes. Every size cuts somewhere else, inside quoted fields too; only
    /// cutting after every line would cost three times the reading in one go.
    static func segmentBytes(forLength length: Int) -> Int { 1 << (length % 11) }

    /// What one reading gave, written down as bytes in one array: each record's line, fields
    /// and quote problem, each fault's line, reason and raw bytes, and the error that ended it.
    /// One array to compare, not an array per field: allocations were most of the time.
    private struct Reading: Equatable {
        var bytes: [UInt8] = []

        mutating func add(_ number: Int) { withUnsafeBytes(of: number) { bytes.append(contentsOf: $0) } }

        mutating func add<Bytes: Collection<UInt8>>(_ part: Bytes) {
            add(part.count)
            bytes.append(contentsOf: part)
        }
    }

    private static func read(segmentBytes: Int?) -> Reading {
        var reading = Reading()
        guard let reader = try? CSVReader(url: file) else {
            reading.add("unopenable".utf8)
            return reading
        }
        reader.segmentBytes = segmentBytes
        do {
            try reader.read(
                onRecord: { record in
                    reading.add(record.line)
                    reading.add(record.fields.count)
                    for field in record.fields { reading.add(field) }
                    reading.add((record.quoteProblem?.description ?? "").utf8)
                },
                onFault: { fault in
                    reading.add(-fault.line)
                    reading.add(fault.problem.description.utf8)
                    reading.add(fault.raw)
                })
        } catch {
            reading.add("\(error)".utf8)
        }
        return reading
    }
}

/// libFuzzer calls this with each input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReading(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzReading.run(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}

#if FUZZING
    /// SwiftPM links an executable's `main` to `FuzzReading_main`; it hands over to libFuzzer.
    @_cdecl("FuzzReading_main")
    func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
        FuzzDriver.run(argc, argv, fuzzReading)
    }
#else
    @main
    struct Replay {
        static func main() throws {
            try FuzzDriver.replay(fuzzReading, done: "read the same both ways, without a crash")
        }
    }
#endif
