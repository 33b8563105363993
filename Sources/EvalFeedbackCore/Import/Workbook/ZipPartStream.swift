import Foundation
import Synchronization

/// One part of a workbook (`xl/worksheets/sheet1.xml`), decompressed by ZIPFoundation on a
/// thread of its own (`ZipPartSource`) and read as an `InputStream`, so that `XMLParser` pulls
/// the sheet's XML a chunk at a time: a sheet of a million rows is never in memory whole.
///
/// ZIPFoundation hands out a part's bytes to a closure; `XMLParser` pulls them from a stream.
/// Between the two (`PartPipe`), at most a few chunks wait. The bytes decompressed are counted
/// against `limit` as they come, whatever the archive's directory claims (a zip bomb lies).
final class ZipPartStream: InputStream {
    private let pipe: PartPipe
    private var current = Data()
    private var offset = 0
    private var started = false

    /// How far the part has been read: its packed bytes read so far, and in all.
    var progress: (read: Int, of: Int) { (pipe.packedRead.load(ordering: .relaxed), Int(clamping: pipe.packedSize)) }

    /// Why the part could not be read to its end: a damaged archive, or more bytes than the limit.
    var failure: WorkbookProblem? { pipe.failure }

    /// A stream of the part `source`; reading stops with `failure` past `limit` bytes.
    init(source: ZipPartSource, limit: Int) {
        pipe = PartPipe(source: source, limit: limit)
        super.init(data: Data())
    }

    override func open() {
        guard !started else { return }
        started = true
        let pipe = pipe
        let thread = Thread { pipe.fill() }
        thread.start()
    }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength: Int) -> Int {
        if offset == current.count {
            // A failure ends the stream as its end would: `XMLParser` asks nothing more of a
            // stream it reads (its own error for -1 traps), and the reader checks `failure`.
            guard let next = pipe.take() else { return 0 }
            current = next
            offset = 0
        }
        let count = min(maxLength, current.count - offset)
        current.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress else { return }
            buffer.update(from: base.advanced(by: offset).assumingMemoryBound(to: UInt8.self), count: count)
        }
        offset += count
        return count
    }

    override var streamError: (any Error)? { pipe.failure }

    override var streamStatus: Stream.Status {
        if pipe.failure != nil { return .error }
        return offset < current.count || !pipe.isDrained ? .open : .atEnd
    }

    override var hasBytesAvailable: Bool { offset < current.count || !pipe.isDrained }

    /// Stops the decompressing thread, if it still runs, and waits for it: the archive is then
    /// free for the next part.
    override func close() {
        guard started else { return }
        started = false
        pipe.cancel()
    }

    /// A parse that stopped early (a bad cell) must not leave the thread waiting.
    deinit { close() }
}

/// The chunks between the decompressing thread and the parsing one, under one lock.
private final class PartPipe: @unchecked Sendable {
    private let source: ZipPartSource
    private let limit: Int
    /// The packed bytes read so far, for a progress line.
    let packedRead = Atomic<Int>(0)
    var packedSize: UInt64 { source.packedSize }
    private let condition = NSCondition()
    private var waiting: [Data] = []
    private var finished = false
    private var cancelled = false
    private var failed: WorkbookProblem?
    private let done = DispatchSemaphore(value: 0)
    private static let depth = 4

    init(source: ZipPartSource, limit: Int) {
        self.source = source
        self.limit = limit
    }

    var failure: WorkbookProblem? {
        condition.lock()
        defer { condition.unlock() }
        return failed
    }

    var isDrained: Bool {
        condition.lock()
        defer { condition.unlock() }
        return finished && waiting.isEmpty
    }

    /// Decompresses the part into the pipe, on the decompressing thread.
    func fill() {
        var produced = 0
        let part = source.path
        do {
            try source.unpack(packed: { [self] in packedRead.add($0, ordering: .relaxed) }) { data in
                produced += data.count
                condition.lock()
                defer { condition.unlock() }
                if produced > limit { failed = .tooLarge(part: part, limit: limit) }
                while waiting.count >= Self.depth && !cancelled && failed == nil { condition.wait() }
                if cancelled || failed != nil { throw CancellationError() }
                waiting.append(data)
                condition.broadcast()
            }
        } catch is CancellationError {
        } catch let problem as WorkbookProblem {
            condition.lock()
            failed = failed ?? problem
            condition.unlock()
        } catch {
            condition.lock()
            failed = failed ?? .damaged(part: part, reason: "\(error)")
            condition.unlock()
        }
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
        done.signal()
    }

    /// The next chunk, waiting for it; nil at the end or after a failure.
    func take() -> Data? {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty && !finished && failed == nil { condition.wait() }
        guard failed == nil, !waiting.isEmpty else { return nil }
        condition.broadcast()
        return waiting.removeFirst()
    }

    /// Stops the decompressing thread and waits until it has ended.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
        done.wait()
    }
}
