import Dispatch
public import EvalFeedbackCore

/// The register as the server uses it: the library's `AppDatabase`, whose calls block (SQLite
/// waits for an import's lock), run on Dispatch's threads rather than on the few threads that
/// answer requests, so that one slow read never holds up the others.
public struct Register: Sendable {
    /// The register.
    public let store: AppDatabase
    private let queue = DispatchQueue(label: "evalfeedback-server.register", attributes: .concurrent)

    /// The server's access to `store`.
    public init(store: AppDatabase) { self.store = store }

    /// Runs `body` with the register, off the request threads.
    public func run<T: Sendable>(_ body: @escaping @Sendable (AppDatabase) throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { [store] in continuation.resume(with: Result { try body(store) }) }
        }
    }
}

extension Register {
    /// Runs slow work that needs no register (bcrypt) off the request threads.
    func work<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: body()) }
        }
    }
}
