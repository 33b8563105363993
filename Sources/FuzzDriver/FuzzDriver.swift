import Foundation

/// What the fuzz targets (`FuzzImport`, `FuzzReading`) share: handing over to libFuzzer in a
/// fuzz build, and replaying inputs kept in `Fuzz/` otherwise.
public enum FuzzDriver {
    /// One input, as libFuzzer hands it over.
    public typealias Target = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

    #if FUZZING
        /// Hands over to libFuzzer's driver (built with `-D FUZZING -sanitize=fuzzer,address`),
        /// which calls `target` with each input.
        public static func run(
            _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ target: Target
        ) -> CInt {
            var count = argc
            var arguments = argv
            return runDriver(&count, &arguments, target)
        }
    #endif

    /// Runs `target` on each file named on the command line, saying `done` of each: how a
    /// crashing input kept in `Fuzz/` is replayed.
    public static func replay(_ target: Target, done: String) throws {
        for path in CommandLine.arguments.dropFirst() {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            _ = bytes.withUnsafeBufferPointer { target($0.baseAddress, $0.count) }
            print("\(path): \(done)")
        }
    }
}

#if FUZZING
    /// libFuzzer's entry point, linked from its runtime.
    @_silgen_name("LLVMFuzzerRunDriver")
    private func runDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt
#endif
