import Foundation

/// A result handed from a second thread to the one waiting for it (after `DispatchGroup.wait`).
final class SideResult<Value: Sendable>: @unchecked Sendable {
    // Invariant: written once by the worker before it leaves the group, read after the wait.
    private let lock = NSLock()
    private var result: Result<Value, any Error>?

    func set(_ result: Result<Value, any Error>) {
        lock.withLock { self.result = result }
    }

    func get() throws -> Value {
        let result = lock.withLock { self.result }
        guard let result else { throw CancellationError() }
        return try result.get()
    }
}
