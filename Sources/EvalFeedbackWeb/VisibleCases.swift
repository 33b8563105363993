import EvalFeedbackCore

/// The follow-up list's cases one user may see (R16), in the list's order, per account manager.
///
/// It keeps the list as the library made it: the order is the whole list's, and a page's
/// items are made only for that page (`groups(in:)`), not for all of a manager's thousands.
struct VisibleCases: Sendable {
    /// The list the cases come from; nil when there are none (an auditor, or a manager no
    /// client names yet).
    private let list: FollowUpList?
    /// A team member's cases show as one list, whoever's they are.
    private var asOneGroup = false

    /// A lead: every manager's cases and the unassigned ones (R15); a manager: theirs; a team
    /// member: those they registered; an auditor: none.
    init(for user: WebUser, store: AppDatabase, today: LocalDate, settings: Settings) throws {
        switch user.role {
        case .auditor:
            list = nil
        case .lead:
            list = try store.followUpList(on: today, manager: nil, settings: settings)
        case .manager:
            do {
                list = try store.followUpList(on: today, manager: user.manager, settings: settings)
            } catch ListError.unknownManager(_, _) {
                // No client names this manager yet: no cases, which is not an error.
                list = nil
            }
        case .team:
            let mine = try store.caseIDs(registeredBy: user.name)
            list = try store.followUpList(on: today, manager: nil, settings: settings).keeping(cases: mine)
            asOneGroup = true
        }
    }

    /// How many cases the user may see.
    var count: Int { list?.count ?? 0 }

    /// The cases at `range` of the list's order, per account manager (a team member's in one
    /// group without a manager).
    func groups(in range: Range<Int>) -> [(manager: String?, items: [FollowUpItem])] {
        let groups = list?.groups(in: range) ?? []
        if asOneGroup { return groups.isEmpty ? [] : [(nil, groups.flatMap(\.items))] }
        return groups.map { ($0.manager, $0.items) }
    }

    /// Every case, in the list's order.
    var items: [FollowUpItem] { list?.items ?? [] }
}
