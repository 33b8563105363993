import EvalFeedbackCore
import FuzzDriver
import Foundation
import GRDB

/// The whole import path for libFuzzer (`make fuzz`): each input is written to a file and
/// imported into a register in memory, as `evalfeedback import` would. A thrown error is a
/// refused file, which is fine; a crash, a hang or a leak is what the fuzzer looks for.
///
/// Built with `-D FUZZING -sanitize=fuzzer,address`, libFuzzer supplies `main`. Without it,
/// this is a small program that imports the files it is given: how a crashing input kept in
/// `Fuzz/crashes/` is replayed.
enum FuzzImport {
    static let file = URL(fileURLWithPath: NSTemporaryDirectory())
        .appendingPathComponent("evalfeedback-fuzz-\(getpid()).csv")

    /// One register for the whole run, emptied before each input: migrating a new one each time
    /// would cost more than the import.
    static let store = try? AppDatabase.inMemory()

    static func run(_ bytes: UnsafeRawBufferPointer) {
        guard (try? Data(bytes).write(to: file)) != nil, let store else { return }
        _ = try? store.withConnection { db in
            for table in ["case_event", "complaint_case", "reject", "response", "import"] {
                try db.execute(sql: "DELETE FROM \(table)")
            }
        }
        let settings = ImportSettings(today: LocalDate(year: 2026, month: 11, day: 26) ?? LocalDate(dayNumber: 0))
        _ = try? store.importEvaluations(from: file, name: "fuzz.csv", settings: settings)
        _ = try? store.followUpList(on: settings.today, manager: nil).rendered(as: .html, csvSeparator: .semicolon)
    }
}

/// libFuzzer calls this with each input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImport(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzImport.run(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}

#if FUZZING
    /// SwiftPM links an executable's `main` to `FuzzImport_main`; it hands over to libFuzzer.
    @_cdecl("FuzzImport_main")
    func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
        FuzzDriver.run(argc, argv, fuzzImport)
    }
#else
    @main
    struct Replay {
        static func main() throws { try FuzzDriver.replay(fuzzImport, done: "imported without a crash") }
    }
#endif
