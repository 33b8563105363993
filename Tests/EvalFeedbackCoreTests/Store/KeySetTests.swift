import Testing

@testable import EvalFeedbackCore

/// The keys a bulk import notes while the register has no key index (`ImportWriter`): a key
/// said to be there builds the index at once, so a set that says so too often makes every
/// big import slow again, and one that misses a key stores a response twice (R6).
@Suite("The keys a bulk import has stored")
struct KeySetTests {
    @Test("R6: 200,000 different keys are all new, and each one again may be there")
    func distinctAndRepeated() {
        let keys = (0..<200_000).map { Array("id:B-\($0)@2026-11-23 10:00".utf8) }
        let set = KeySet(capacity: keys.count)
        // Spread over the slots: a set that put keys in one run would take them for each other.
        let new = keys.count { key in key.withUnsafeBufferPointer { set.insert($0) } == .new }
        #expect(new == keys.count)
        let again = keys.prefix(1000).count { key in key.withUnsafeBufferPointer { set.insert($0) } == .maybeThere }
        #expect(again == 1000)
    }

    @Test("A set with no room left says so rather than noting a key")
    func full() {
        let set = KeySet(capacity: 10)
        let outcomes = (0..<2000).map { number in
            Array("key-\(number)".utf8).withUnsafeBufferPointer { set.insert($0) }
        }
        #expect(outcomes.prefix(100).allSatisfy { $0 == .new })
        #expect(outcomes.last == .full)
    }
}
