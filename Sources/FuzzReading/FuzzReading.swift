import EvalFeedbackCore
import Foundation

/// The CSV reading alone for libFuzzer (`make fuzz-reading`): bytes in, records and faults
/// out, with no register. Each input is read three ways that must agree: in one go, and cut
/// into the smallest segments, read on other threads and on this one. A crash, a hang, a leak
/// or a disagreement (a trap) is what the fuzzer looks for. It runs thousands of inputs a
/// second, where the whole import path (`FuzzImport`) runs tens.
///
/// Built with `-D FUZZING -sanitize=fuzzer,address`, libFuzzer supplies `main`. Without it,
/// this is a small program that reads the files it is given: how a crashing input kept in
/// `Fuzz/crashes-reading/` is replayed.
enum FuzzReading {
    static let file = URL(fileURLWithPath: NSTemporaryDirectory())
        .appendingPathComponent("evalfeedback-fuzz-reading-\(getpid()).csv")

    static func run(_ bytes: UnsafeRawBufferPointer) {
        guard (try? Data(bytes).write(to: file)) != nil else { return }
        let whole = read(segmentBytes: nil, elsewhere: false)
        for elsewhere in [true, false] {
            let cut = read(segmentBytes: 1, elsewhere: elsewhere)
            if cut != whole {
                fatalError("segmented reading (elsewhere: \(elsewhere)) differs from reading in one go")
            }
        }
    }

    /// What one reading gave, as text: each record's line and fields, each fault's line and text.
    private static func read(segmentBytes: Int?, elsewhere: Bool) -> [String] {
        guard let reader = try? CSVReader(url: file) else { return ["unopenable"] }
        reader.segmentBytes = segmentBytes
        reader.shareReading = { elsewhere }
        var out: [String] = []
        do {
            try reader.read(
                onRecord: { record in
                    out.append(
                        "\(record.line) \(record.fields.map { String(decoding: $0, as: UTF8.self) }) "
                            + (record.quoteProblem ?? "-"))
                },
                onFault: { out.append("fault \($0.line) \($0.reason) \(String(decoding: $0.raw, as: UTF8.self))") })
        } catch {
            out.append("error \(error)")
        }
        return out
    }
}

/// libFuzzer calls this with each input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReading(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzReading.run(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}

#if FUZZING
    /// libFuzzer's entry point, linked from its runtime.
    @_silgen_name("LLVMFuzzerRunDriver")
    func runDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt

    /// SwiftPM links an executable's `main` to `FuzzReading_main`; it hands over to libFuzzer.
    @_cdecl("FuzzReading_main")
    func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
        var count = argc
        var arguments = argv
        return runDriver(&count, &arguments, fuzzReading)
    }
#else
    @main
    struct Replay {
        static func main() throws {
            for path in CommandLine.arguments.dropFirst() {
                let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
                bytes.withUnsafeBytes { FuzzReading.run($0) }
                print("\(path): read the same three ways, without a crash")
            }
        }
    }
#endif
