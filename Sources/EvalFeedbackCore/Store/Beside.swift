import Dispatch
import Foundation

/// Work for the machine's second core, beside this thread's: the one way the lists, the report
/// and the letters run two things at once (the import's threads hand over through `Handover`).
///
/// The follow-up list and the report read their two halves on two connections, the list's
/// text writes its second half while the first is written out, and a sendmail command's
/// output is read while its message is written to it.
enum Beside {
    /// Runs `side` on one of Dispatch's threads while `here` runs on this one, and returns
    /// both once both have ended: `side`'s error first, then `here`'s.
    static func run<Side: Sendable, Here, Failure: Error>(
        _ side: @escaping @Sendable () throws(Failure) -> Side, while here: () throws(Failure) -> Here
    ) throws(Failure) -> (side: Side, here: Here) {
        let result = Outcome<Result<Side, Failure>?>(nil)
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            let outcome = Result { () throws(Failure) -> Side in try side() }
            result.change { $0 = outcome }
        }
        let mine = Result { () throws(Failure) -> Here in try here() }
        group.wait()
        guard let theirs = result.value else { preconditionFailure("the group's work sets its result before it leaves") }
        return (try theirs.get(), try mine.get())
    }

    /// `work` on each of `parts` at the same time, one per core; the results in the parts' order.
    static func map<Part: Sendable, Value: Sendable>(_ parts: [Part], _ work: @Sendable (Part) -> Value) -> [Value] {
        guard parts.count > 1 else { return parts.map(work) }
        let results = Outcome<[Value?]>(Array(repeating: nil, count: parts.count))
        DispatchQueue.concurrentPerform(iterations: parts.count) { index in
            let value = work(parts[index])
            results.change { $0[index] = value }
        }
        return results.value.compactMap { $0 }
    }
}

/// What work on other threads hands back, under a lock: written by the workers, read once
/// they are done.
private final class Outcome<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ initial: Value) { stored = initial }

    var value: Value { lock.withLock { stored } }

    func change(_ body: (inout Value) -> Void) { lock.withLock { body(&stored) } }
}
