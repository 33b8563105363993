public import Foundation

/// Runs another program to its end, as the tests' one way to start a process: the built
/// binary, Python's independent parsers, Chromium. Both outputs are read at once, so that a
/// child writing much to one while the test waits on the other cannot stall.
public enum ChildProcess {
    /// How a child ended and what it wrote.
    public struct Result: Sendable {
        /// Its exit status.
        public let status: Int32
        /// What it wrote to stdout.
        public let stdout: Data
        /// What it wrote to stderr.
        public let stderr: Data

        /// stdout as UTF-8 text.
        public var output: String { String(decoding: stdout, as: UTF8.self) }
        /// stderr as UTF-8 text.
        public var errors: String { String(decoding: stderr, as: UTF8.self) }
    }

    /// Runs `executable` with `arguments`, `input` on its stdin (none: an empty stdin), in
    /// `directory` when given, with this process's environment changed by `environment` (a
    /// nil value removes a variable).
    public static func run(
        _ executable: URL, _ arguments: [String], input: Data? = nil, environment: [String: String?] = [:],
        in directory: URL? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        for (name, value) in environment { env[name] = value }
        process.environment = env
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let errors = Collected()
        let reading = Thread { errors.data = stderr.fileHandleForReading.readDataToEndOfFile() }
        reading.start()
        if let input { try stdin.fileHandleForWriting.write(contentsOf: input) }
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: output, stderr: errors.wait())
    }

    /// Runs `python3` (found on the PATH) with `arguments`.
    public static func python(_ arguments: [String], input: Data? = nil) throws -> Result {
        try run(URL(fileURLWithPath: "/usr/bin/env"), ["python3"] + arguments, input: input)
    }

    /// stderr's bytes, handed from the thread that read them.
    private final class Collected: @unchecked Sendable {
        private let done = NSCondition()
        private var finished = false
        private var bytes = Data()

        var data: Data {
            get { bytes }
            set {
                done.lock()
                bytes = newValue
                finished = true
                done.signal()
                done.unlock()
            }
        }

        func wait() -> Data {
            done.lock()
            defer { done.unlock() }
            while !finished { done.wait() }
            return bytes
        }
    }
}
