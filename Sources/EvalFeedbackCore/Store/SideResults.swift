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
