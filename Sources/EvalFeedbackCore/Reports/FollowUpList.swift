/// The team's morning screen: every case that is still being handled or still owes the client
/// something, grouped per account manager, most urgent action first (R9-R16).
public struct FollowUpList: Sendable, Codable, Equatable {
    /// One account manager's cases, or the unassigned ones.
    public struct Group: Sendable, Equatable {
        /// The account manager; nil for the cases nobody owns yet (R15).
        public let manager: String?
        /// Most urgent first.
        public let items: [FollowUpItem]
    }

    /// The day the list is for.
    public let day: LocalDate
    /// Only this account manager's cases, when set (R16).
    public let manager: String?
    /// Unassigned cases first (nobody will pick them up otherwise), then per manager by name;
    /// within a manager, by action, then by the deadline the action names, then by case number.
    public let items: [FollowUpItem]

    /// Sorts `items` into the list's order.
    init(day: LocalDate, manager: String?, items: [FollowUpItem]) {
        self.day = day
        self.manager = manager
        // Sorted by index, then gathered once: items are large, and a sort moves them often.
        let managers = items.map { $0.manager?.lowercased() }
        let order = items.indices.sorted { left, right in
            let (a, b) = (items[left], items[right])
            if a.manager != b.manager {
                guard let left = managers[left] else { return true }
                guard let right = managers[right] else { return false }
                return left < right
            }
            if a.action != b.action { return a.action < b.action }
            let (first, second) =
                a.action == .contactOverdue || a.action == .contactDueToday
                ? (a.contactDue, b.contactDue) : (a.resolutionDue, b.resolutionDue)
            if first != second { return first < second }
            return a.caseID < b.caseID
        }
        self.items = order.map { items[$0] }
    }

    /// The items per account manager, in the list's order.
    public var groups: [Group] {
        groupRanges.map { Group(manager: items[$0.lowerBound].manager, items: Array(items[$0])) }
    }

    /// Where each account manager's items are in `items`, in the list's order: the groups
    /// without copying a hundred thousand items.
    var groupRanges: [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = items.startIndex
        while start < items.endIndex {
            let manager = items[start].manager
            var end = start + 1
            while end < items.endIndex, items[end].manager == manager { end += 1 }
            ranges.append(start..<end)
            start = end
        }
        return ranges
    }

    /// How many items need each action today, in the order of `FollowUpAction`.
    public var actionCounts: [(action: FollowUpAction, count: Int)] {
        var counts: [FollowUpAction: Int] = [:]
        for index in items.indices { counts[items[index].action, default: 0] += 1 }
        return FollowUpAction.allCases.compactMap { action in counts[action].map { (action, $0) } }
    }

    /// `19 cases, 11 need action today (6 contact overdue, 5 contact due today), 2 unassigned`
    public var headline: String {
        let needing = items.indices.count { items[$0].action.needsAction }
        var text =
            "\(items.count) case\(items.count == 1 ? "" : "s"), \(needing) need\(needing == 1 ? "s" : "") action today"
        let counts = actionCounts.filter { $0.action.needsAction }.map { "\($0.count) \($0.action.label)" }
        if !counts.isEmpty { text += " (\(counts.joined(separator: ", ")))" }
        let unassigned = items.indices.count { items[$0].manager == nil }
        if unassigned > 0 { text += ", \(unassigned) unassigned" }
        return text
    }
}
