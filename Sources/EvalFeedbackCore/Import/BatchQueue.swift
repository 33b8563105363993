import Foundation

/// Hands batches of records from the thread that reads a file to the thread that stores them,
/// so that parsing and storing overlap on two cores.
///
/// At most `capacity` batches wait, which keeps memory flat when storing is the slower side.
/// Neither side can wait forever on the other: a reader that fails ends the queue with its
/// error, which the taker then throws; a taker that fails cancels the queue, after which
/// `put` returns false and the reader stops.
///
/// `@unchecked Sendable`: every stored property is read and written only while `condition`
/// is locked, and a batch is handed over whole (it owns all its bytes).
final class BatchQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private let capacity: Int
    private var waiting: [RecordBatch] = []
    private var ended = false
    private var failure: (any Error)?
    private var cancelled = false

    init(capacity: Int = 2) {
        self.capacity = capacity
    }

    /// Adds a batch, waiting while the queue is full; false when the taker has given up.
    func put(_ batch: RecordBatch) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while waiting.count >= capacity, !cancelled { condition.wait() }
        guard !cancelled else { return false }
        waiting.append(batch)
        condition.broadcast()
        return true
    }

    /// True when a batch is waiting to be taken: the taker is the slower side just now.
    var isBacklogged: Bool {
        condition.lock()
        defer { condition.unlock() }
        return !waiting.isEmpty
    }

    /// True when the queue is full: the taker is far behind just now.
    var isFull: Bool {
        condition.lock()
        defer { condition.unlock() }
        return waiting.count >= capacity
    }

    /// Says that no batch will follow: the file was read to its end, or reading failed.
    func end(failure: (any Error)? = nil) {
        condition.lock()
        defer { condition.unlock() }
        ended = true
        self.failure = failure
        condition.broadcast()
    }

    /// The next batch; nil once the reader ended and every batch was taken. Throws the
    /// reader's error, after the batches read before it.
    func take() throws -> RecordBatch? {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty, !ended { condition.wait() }
        if !waiting.isEmpty {
            condition.broadcast()
            return waiting.removeFirst()
        }
        if let failure { throw failure }
        return nil
    }

    /// Gives up taking: the reader's next `put` returns false.
    func cancel() {
        condition.lock()
        defer { condition.unlock() }
        cancelled = true
        condition.broadcast()
    }
}
