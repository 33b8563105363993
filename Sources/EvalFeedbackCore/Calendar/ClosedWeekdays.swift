import Synchronization

/// A calendar's closed weekdays per year, worked out on first use and kept: shared by copies
/// of the calendar, and replaced when its holidays change.
final class ClosedWeekdays: Sendable {
    private let years = Mutex<[Int: [Int]]>([:])

    /// The closed weekdays of `year`, from `compute` the first time.
    func of(_ year: Int, _ compute: () -> [Int]) -> [Int] {
        if let known = years.withLock({ $0[year] }) { return known }
        let computed = compute()
        years.withLock { $0[year] = computed }
        return computed
    }
}
