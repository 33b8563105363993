/// The team's morning screen: every case that is still being handled or still owes the client
/// something, grouped per account manager, most urgent action first (R9-R16).
///
/// It holds its cases as compact records (`FollowUpRows`): the text list of a hundred thousand
/// cases is written from them directly, and `items` are made when asked for.
public struct FollowUpList: Sendable, Encodable, Equatable {
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
    /// The cases in the list's order.
    let rows: FollowUpRows

    /// The list of `rows` sorted: unassigned cases first (nobody will pick them up otherwise),
    /// then per manager by name; within a manager, by action, then by the deadline the action
    /// names, then by case number.
    init(day: LocalDate, manager: String?, rows: FollowUpRows) {
        self.init(day: day, manager: manager, sorted: rows.sorted())
    }

    private init(day: LocalDate, manager: String?, sorted rows: FollowUpRows) {
        self.day = day
        self.manager = manager
        self.rows = rows
    }

    /// Every case, in the list's order.
    public var items: [FollowUpItem] { items(of: rows.records.indices) }

    /// The items of the cases at `range` of the records.
    func items(of range: Range<Int>) -> [FollowUpItem] {
        rows.withTexts { texts in
            texts.records[range].map { FollowUpItem($0, in: texts, manager: rows.manager(of: $0)) }
        }
    }

    /// The items per account manager, in the list's order.
    public var groups: [Group] {
        groupRanges.map { range in
            Group(
                manager: rows.manager(of: rows.records[range.lowerBound]),
                items: items(of: range))
        }
    }

    /// Where each account manager's cases are in `rows.records`, in the list's order.
    var groupRanges: [Range<Int>] {
        let records = rows.records
        var ranges: [Range<Int>] = []
        var start = records.startIndex
        while start < records.endIndex {
            let manager = records[start].manager
            var end = start + 1
            while end < records.endIndex, records[end].manager == manager { end += 1 }
            ranges.append(start..<end)
            start = end
        }
        return ranges
    }

    /// The groups of the cases at `range` of the list's order, one page of it: only the
    /// page's items are made, while the order is the whole list's (a manager's 5,000 cases are
    /// sorted, a hundred are shown). A group the page starts or ends inside is cut there.
    public func groups(in range: Range<Int>) -> [Group] {
        let range = range.clamped(to: rows.records.indices)
        return groupRanges.compactMap { group in
            let shown = group.clamped(to: range)
            guard !shown.isEmpty else { return nil }
            return Group(manager: rows.manager(of: rows.records[shown.lowerBound]), items: items(of: shown))
        }
    }

    /// Only the cases numbered `ids`, in the same order: the cases a team member registered.
    public func keeping(cases ids: Set<Int64>) -> FollowUpList {
        FollowUpList(
            day: day, manager: manager, sorted: rows.with(records: rows.records.filter { ids.contains($0.id) }))
    }

    /// The cases nobody owns yet (R15): the team's page.
    var unassigned: FollowUpList {
        FollowUpList(day: day, manager: nil, sorted: rows.with(records: rows.records.filter { $0.manager < 0 }))
    }

    /// One account manager's cases (R16); `manager` as the list spells it.
    func only(_ manager: String) -> FollowUpList {
        let records = rows.records.filter { rows.manager(of: $0) == manager }
        return FollowUpList(day: day, manager: manager, sorted: rows.with(records: records))
    }

    /// How many cases there are.
    public var count: Int { rows.records.count }

    /// How many cases are past their contact or resolution deadline (R9, R10).
    public var overdueCount: Int {
        rows.records.count { $0.action == .contactOverdue || $0.action == .resolutionOverdue }
    }

    /// How many cases need an action today.
    public var actionTodayCount: Int { rows.records.count { $0.action.needsAction } }

    /// How many cases need each action today, in the order of `FollowUpAction`.
    public var actionCounts: [(action: FollowUpAction, count: Int)] {
        var counts = Array(repeating: 0, count: FollowUpAction.allCases.count)
        for record in rows.records { counts[record.action.rank] += 1 }
        return zip(FollowUpAction.allCases, counts).filter { $0.1 > 0 }.map { (action: $0.0, count: $0.1) }
    }

    /// `19 cases, 11 need action today (6 contact overdue, 5 contact due today), 2 unassigned`
    public var headline: String {
        let counts = actionCounts.filter { $0.action.needsAction }
        let needing = actionTodayCount
        var text = "\(count) case\(count == 1 ? "" : "s"), \(needing) need\(needing == 1 ? "s" : "") action today"
        if !counts.isEmpty { text += " (\(counts.map { "\($0.count) \($0.action.label)" }.joined(separator: ", ")))" }
        let unassigned = rows.records.count { $0.manager < 0 }
        if unassigned > 0 { text += ", \(unassigned) unassigned" }
        return text
    }

    private enum CodingKeys: String, CodingKey {
        case day, manager, items
    }

    /// The list as JSON: its day, its manager when set, and every item in order.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(day, forKey: .day)
        try container.encodeIfPresent(manager, forKey: .manager)
        try container.encode(items, forKey: .items)
    }

    /// Two lists are equal when they list the same items for the same day and manager.
    public static func == (lhs: FollowUpList, rhs: FollowUpList) -> Bool {
        lhs.day == rhs.day && lhs.manager == rhs.manager && lhs.items == rhs.items
    }
}
