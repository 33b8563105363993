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
        self.items = items.sorted { a, b in
            if a.manager != b.manager {
                guard let left = a.manager else { return true }
                guard let right = b.manager else { return false }
                return left.lowercased() < right.lowercased()
            }
            if a.action != b.action { return a.action < b.action }
            let (left, right) =
                a.action == .contactOverdue || a.action == .contactDueToday
                ? (a.contactDue, b.contactDue) : (a.resolutionDue, b.resolutionDue)
            if left != right { return left < right }
            return a.caseID < b.caseID
        }
    }

    /// The items per account manager, in the list's order.
    public var groups: [Group] {
        var groups: [Group] = []
        var start = items.startIndex
        while start < items.endIndex {
            let manager = items[start].manager
            let end = items[start...].firstIndex { $0.manager != manager } ?? items.endIndex
            groups.append(Group(manager: manager, items: Array(items[start..<end])))
            start = end
        }
        return groups
    }

    /// How many items need each action today, in the order of `FollowUpAction`.
    public var actionCounts: [(action: FollowUpAction, count: Int)] {
        FollowUpAction.allCases.compactMap { action in
            let count = items.count { $0.action == action }
            return count == 0 ? nil : (action, count)
        }
    }

    /// `19 cases, 11 need action today (6 contact overdue, 5 contact due today), 2 unassigned`
    public var headline: String {
        let needing = items.count { $0.action.needsAction }
        var text =
            "\(items.count) case\(items.count == 1 ? "" : "s"), \(needing) need\(needing == 1 ? "s" : "") action today"
        let counts = actionCounts.filter { $0.action.needsAction }.map { "\($0.count) \($0.action.label)" }
        if !counts.isEmpty { text += " (\(counts.joined(separator: ", ")))" }
        let unassigned = items.count { $0.manager == nil }
        if unassigned > 0 { text += ", \(unassigned) unassigned" }
        return text
    }
}
