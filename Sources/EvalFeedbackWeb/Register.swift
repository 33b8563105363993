import Dispatch
public import EvalFeedbackCore

/// The register as the server uses it: the library's `AppDatabase`, whose calls block (a write
/// waits for another's lock), run on Dispatch threads rather than on the few threads that
/// answer requests, which stay free for the pages that need no register.
public struct Register: Sendable {
    /// The register, opened with a pool of `lanes` read connections (`AppDatabase.open(at:readers:)`).
    public let store: AppDatabase
    /// How many calls run at once; the rest wait here without holding a thread. Fifty requests
    /// each holding a Dispatch thread while they waited for a connection once held every
    /// thread Dispatch would give, while the one holding a connection waited for a thread of
    /// its own (the library's list reads half its cases on a second thread): the server
    /// stopped answering (found by `make bench-web` at 50 connections).
    private let slots: Slots

    /// How many reads run side by side: one per read connection of the server's register.
    public static let lanes = 4

    /// The server's access to `store`.
    public init(store: AppDatabase) {
        self.store = store
        slots = Slots(count: Self.lanes)
    }

    /// Runs `body` with the register, off the request threads, at most `lanes` at once.
    public func run<T: Sendable>(_ body: @escaping @Sendable (AppDatabase) throws -> T) async throws -> T {
        await slots.take()
        let result = await withCheckedContinuation { (done: CheckedContinuation<Result<T, any Error>, Never>) in
            DispatchQueue.global().async { [store] in done.resume(returning: Result { try body(store) }) }
        }
        await slots.give()
        return try result.get()
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
