/// The team's morning list: every open case, most urgent first (R9, R10, R15, R16).
public struct FollowUpList: Sendable, Codable, Equatable {
    /// The day the list is for.
    public let day: LocalDate
    /// Only this account manager's cases, when set (R16).
    public let manager: String?
    /// Open cases: overdue contact, contact due today, then by resolution due.
    public let items: [FollowUpItem]

    /// Sorts `items` into the list's order; ties go to the older case.
    init(day: LocalDate, manager: String?, items: [FollowUpItem]) {
        self.day = day
        self.manager = manager
        self.items = items.sorted { a, b in
            if a.urgency != b.urgency { return a.urgency < b.urgency }
            switch a.urgency {
            case .contactOverdue, .contactDueToday:
                if a.contactDue != b.contactDue { return a.contactDue < b.contactDue }
            case .resolutionOverdue, .open:
                if a.resolutionDue != b.resolutionDue { return a.resolutionDue < b.resolutionDue }
            }
            return a.caseID < b.caseID
        }
    }

    /// The item's urgency on `today` and how many working days late it is.
    static func urgency(
        contactDue: LocalDate, contactedOn: LocalDate?, resolutionDue: LocalDate, today: LocalDate,
        calendar: WorkingDayCalendar
    ) -> (FollowUpItem.Urgency, Int) {
        if contactedOn == nil {
            if contactDue < today {
                return (.contactOverdue, calendar.workingDaysOverdue(due: contactDue, today: today))
            }
            if contactDue == today { return (.contactDueToday, 0) }
        }
        if resolutionDue < today {
            return (.resolutionOverdue, calendar.workingDaysOverdue(due: resolutionDue, today: today))
        }
        return (.open, 0)
    }
}
