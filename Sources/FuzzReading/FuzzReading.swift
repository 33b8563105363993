import EvalFeedbackCore
import FuzzDriver
import Foundation

/// The CSV reading alone for libFuzzer (`make fuzz-reading`): bytes in, records and faults
/// out, with no register. Each input is read twice, and the two must agree: in one go, and cut
/// into the smallest segments (a cut after every line that may end a record). A crash, a hang,
/// a leak or a disagreement (a trap) is what the fuzzer looks for. The segments are read on
/// this thread: on another thread the same code runs, and `CSVReaderTests` compares both ways.
/// It runs about 1,300 inputs a second with `make fuzz-reading`'s sanitizer settings (639 with
/// the defaults), where the whole import path (`FuzzImport`) runs a few.
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
        if read(segmentBytes: 1) != whole { fatalError("reading in segments differs from reading in one go") }
    }

    /// What one reading gave, compared as values (no text made: that cost more than the reading).
    private struct Reading: Equatable {
        var records: [(line: Int, fields: [[UInt8]], quoteProblem: String?)] = []
        var faults: [(line: Int, reason: String, raw: [UInt8])] = []
        var error: String?

        static func == (a: Reading, b: Reading) -> Bool {
            a.error == b.error && a.records.count == b.records.count && a.faults.count == b.faults.count
                && zip(a.records, b.records).allSatisfy {
                    $0.line == $1.line && $0.fields == $1.fields && $0.quoteProblem == $1.quoteProblem
                }
                && zip(a.faults, b.faults).allSatisfy {
                    $0.line == $1.line && $0.reason == $1.reason && $0.raw == $1.raw
                }
        }
    }

    private static func read(segmentBytes: Int?) -> Reading {
        var reading = Reading()
        guard let reader = try? CSVReader(url: file) else {
            reading.error = "unopenable"
            return reading
        }
        reader.segmentBytes = segmentBytes
        do {
            try reader.read(
                onRecord: { reading.records.append(($0.line, $0.fields, $0.quoteProblem)) },
                onFault: { reading.faults.append(($0.line, $0.reason, Array($0.raw))) })
        } catch {
            reading.error = "\(error)"
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
