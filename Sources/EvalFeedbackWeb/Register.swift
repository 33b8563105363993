import Dispatch
public import EvalFeedbackCore

/// The register as the server uses it: the library's `AppDatabase`, whose calls block (SQLite
/// waits for an import's lock), run on a Dispatch queue of their own rather than on the few
/// threads that answer requests, which stay free for the pages that need no register.
public struct Register: Sendable {
    /// The register.
    public let store: AppDatabase
    /// Serial: the register's connection takes one call at a time anyway, and the library's
    /// list and report run half their reading on a Dispatch thread of their own. Fifty requests
    /// on a concurrent queue here held every thread Dispatch would give, each waiting for the
    /// connection, while the one holding it waited for that thread: the server stopped
    /// answering (found by `make bench-web` at 50 connections).
    private let queue = DispatchQueue(label: "evalfeedback-server.register")

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
