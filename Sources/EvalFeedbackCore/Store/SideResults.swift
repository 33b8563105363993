import Dispatch
import Foundation

/// Results that parallel work writes each into its own place, read once all are done.
final class SideResults<Value: Sendable>: @unchecked Sendable {
    // Invariant: each place is written by one worker, and read only after all have finished.
    private let lock = NSLock()
    private var slots: [Value?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.withLock { slots[index] = value }
    }

    /// Every result, in order; call after the work is done.
    var values: [Value] { lock.withLock { slots.compactMap { $0 } } }
}

extension SideResults {
    /// `work` on each of `parts` at the same time, one per core; the results in the parts' order.
    static func concurrentMap<Part: Sendable>(_ parts: [Part], _ work: @Sendable (Part) -> Value) -> [Value] {
        guard parts.count > 1 else { return parts.map(work) }
        let results = SideResults(count: parts.count)
        DispatchQueue.concurrentPerform(iterations: parts.count) { index in results.set(index, work(parts[index])) }
        return results.values
    }
}
