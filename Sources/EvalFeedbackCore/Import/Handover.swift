import Foundation
import Synchronization

// Everything the import's threads hand each other, and the threads themselves: the one file
// where reading a file synchronises with storing it. A CSV file is read on a thread of its own
// (`ReadingPipeline`), its segments parsed on Dispatch's threads (`CSVSegments`); a workbook's
// sheet is decompressed on a thread of its own (`ZipPartStream`). They hand over in two ways:
// items in order through a `Handover`, and a value one thread publishes for another to read
// when it looks (`Notice`).

/// Items made on a thread of their own and taken in order on the calling thread, at most
/// `capacity` waiting: memory stays flat when the taker is the slower side.
///
/// Neither side waits forever on the other. The producer's end, or its error, ends the queue;
/// `take` returns the items put before it, then throws the error (or says the end). The taker
/// that gives up calls `stop`: the producer's next `put` says so, and `stop` returns once the
/// producer has returned, so that what it used is the caller's again.
///
/// `@unchecked Sendable`: every property is read and written only while `condition` is
/// locked, and an item is handed over whole (the producer keeps no reference to it).
final class Handover<Item>: @unchecked Sendable {
    private let capacity: Int
    private let condition = NSCondition()
    private var waiting: [Item] = []
    /// The producer has returned, or thrown (`failure`).
    private var ended = false
    private var failure: (any Error)?
    /// The taker has given up.
    private var stopped = false
    /// A producer was started and has not returned yet.
    private var running = false

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Runs `produce` on a thread of its own (with `stackSize` bytes of stack when given).
    func startThread(stackSize: Int? = nil, _ produce: @escaping @Sendable () throws -> Void) {
        locked { running = true }
        let thread = Thread { [self] in run(produce) }
        if let stackSize { thread.stackSize = stackSize }
        thread.start()
    }

    /// Runs `produce` on one of Dispatch's threads: for short work, many at a time.
    func startWork(_ produce: @escaping @Sendable () throws -> Void) {
        locked { running = true }
        DispatchQueue.global(qos: .userInitiated).async { [self] in run(produce) }
    }

    private func run(_ produce: () throws -> Void) {
        var error: (any Error)?
        do {
            try produce()
        } catch is CancellationError {
            // It stopped because the taker did (`put` said so).
        } catch let thrown {
            error = thrown
        }
        locked {
            ended = true
            failure = failure ?? error
            running = false
            condition.broadcast()
        }
    }

    /// Adds `item`, waiting while `capacity` items wait; false once the taker has stopped
    /// (the producer then returns, or throws `CancellationError`).
    @discardableResult
    func put(_ item: Item) -> Bool {
        locked {
            while waiting.count >= capacity, !stopped { condition.wait() }
            guard !stopped else { return false }
            waiting.append(item)
            condition.broadcast()
            return true
        }
    }

    /// The next item, waiting for one; nil once the producer has ended and every item was
    /// taken. Throws the producer's error after the items put before it.
    func take() throws -> Item? {
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

    /// How many items wait to be taken just now.
    var count: Int { locked { waiting.count } }

    /// True when `capacity` items wait: the taker is far behind just now.
    var isFull: Bool { locked { waiting.count >= capacity } }

    /// The producer's error, once it has thrown one.
    var error: (any Error)? { locked { failure } }

    /// True once the producer has ended and every item was taken.
    var isDrained: Bool { locked { ended && waiting.isEmpty } }

    /// Stops the producer at its next `put`, and waits until it has returned.
    func stop() {
        locked {
            stopped = true
            condition.broadcast()
            while running { condition.wait() }
        }
    }

    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        condition.lock()
        defer { condition.unlock() }
        return try body()
    }
}

/// A value one thread publishes and another reads whenever it looks: nil until published.
final class Notice<Value: Sendable>: Sendable {
    private let published = Mutex<Value?>(nil)

    init() {}

    /// The value last published; nil before.
    var value: Value? { published.withLock { $0 } }

    func publish(_ value: Value) { published.withLock { $0 = value } }
}
