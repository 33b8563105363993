import Foundation

/// A file read on its own thread while the calling thread handles its batches, so that
/// parsing and storing overlap on two cores. Every handing-over between the two threads is in
/// this file: a queue of batches, and the end of the reading thread.
///
/// At most `capacity` batches wait, which keeps memory flat when handling is the slower side.
/// Neither side waits forever on the other: a reader that fails ends the queue with its
/// error, which `run` then throws after the batches read before it; a handler that fails
/// cancels the queue, after which the reading thread stops at its next batch. `run` returns
/// only once the reading thread has ended, so that the reader is the caller's again.
///
/// `@unchecked Sendable`: the reader is used by the reading thread alone from the start of
/// `run` until that thread has ended (`finished`), and by the calling thread only after that.
/// Every property of the queue is read and written only while `condition` is locked, and a
/// batch is handed over whole (it owns all its bytes).
final class ReadingPipeline: @unchecked Sendable {
    private let reader: CSVReader
    private let plan: PlainPlan
    private let capacity: Int
    private let unreadable: @Sendable (any Error) -> ImportError

    private let condition = NSCondition()
    private var waiting: [RecordBatch] = []
    /// The reading thread has read its last batch (or failed: `failure`).
    private var ended = false
    private var failure: (any Error)?
    /// The handler has given up: the reading thread stops.
    private var cancelled = false
    /// The reading thread has returned.
    private var finished = false

    /// A pipeline that reads with `reader`, reading plain records ahead with `plan` while the
    /// handler is behind; `unreadable` says what a failure to read the file means.
    init(
        reader: CSVReader, plan: PlainPlan, capacity: Int,
        unreadable: @escaping @Sendable (any Error) -> ImportError
    ) {
        self.reader = reader
        self.plan = plan
        self.capacity = capacity
        self.unreadable = unreadable
        // Segments are read on other threads while the handler keeps up; while it is far
        // behind (a fresh import, storing), reading on the reading thread alone is enough.
        reader.shareReading = { [unowned self] in !isFull }
    }

    /// Reads the file, handing each batch to `handle` on this thread, in file order.
    func run(_ handle: (RecordBatch) throws -> Void) throws {
        let thread = Thread { [self] in
            do {
                try reader.read { [self] batch in
                    var batch = batch
                    // Only while the handler is behind (storing a fresh file): when it waits
                    // for batches (a cumulative one, mostly known), reading is the slower side
                    // and reads nothing ahead.
                    if isBacklogged { plan.readAhead(&batch) }
                    guard put(batch) else { throw CancellationError() }
                }
                end(failure: nil)
            } catch is CancellationError {
                end(failure: nil)  // the handler stopped first, with its own error
            } catch {
                end(failure: unreadable(error))
            }
            locked {
                finished = true
                condition.broadcast()
            }
        }
        thread.stackSize = 8 << 20
        thread.start()
        defer {
            locked {
                cancelled = true
                condition.broadcast()
                while !finished { condition.wait() }
            }
        }
        while let batch = try take() { try handle(batch) }
    }

    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        condition.lock()
        defer { condition.unlock() }
        return try body()
    }

    /// Adds a batch, waiting while the queue is full; false when the handler has given up.
    private func put(_ batch: RecordBatch) -> Bool {
        locked {
            while waiting.count >= capacity, !cancelled { condition.wait() }
            guard !cancelled else { return false }
            waiting.append(batch)
            condition.broadcast()
            return true
        }
    }

    /// True when a batch is waiting to be taken: the handler is the slower side just now.
    private var isBacklogged: Bool { locked { !waiting.isEmpty } }

    /// True when the queue is full: the handler is far behind just now.
    private var isFull: Bool { locked { waiting.count >= capacity } }

    /// Says that no batch will follow: the file was read to its end, or reading failed.
    private func end(failure: (any Error)?) {
        locked {
            ended = true
            self.failure = failure
            condition.broadcast()
        }
    }

    /// The next batch; nil once the reader ended and every batch was taken. Throws the
    /// reader's error, after the batches read before it.
    private func take() throws -> RecordBatch? {
        try locked {
            while waiting.isEmpty, !ended { condition.wait() }
            if !waiting.isEmpty {
                condition.broadcast()
                return waiting.removeFirst()
            }
            if let failure { throw failure }
            return nil
        }
    }
}
