import EvalFeedbackCore

/// The follow-up list's cases one user may see (R16), in the list's order, per account manager.
enum VisibleCases {
    /// A lead: every manager's cases and the unassigned ones (R15); a manager: theirs; a team
    /// member: those they registered; an auditor: none.
    static func groups(for user: WebUser, store: AppDatabase, today: LocalDate, settings: Settings) throws
        -> [(manager: String?, items: [FollowUpItem])]
    {
        switch user.role {
        case .auditor:
            return []
        case .lead:
            return try store.followUpList(on: today, manager: nil, settings: settings).groups.map {
                ($0.manager, $0.items)
            }
        case .manager:
            do {
                let list = try store.followUpList(on: today, manager: user.manager, settings: settings)
                return [(list.manager, list.items)]
            } catch ListError.unknownManager(_, _) {
                // No client names this manager yet: no cases, which is not an error.
                return [(user.manager, [])]
            }
        case .team:
            let mine = try store.caseIDs(registeredBy: user.name)
            let items = try store.followUpList(on: today, manager: nil, settings: settings).items.filter {
                mine.contains($0.caseID)
            }
            return [(nil, items)]
        }
    }
}
