/// What the follow-up list asks of the account manager for one case today: the action, how
/// late it is, and the line that says it (R9-R14).
struct NextAction {
    let action: FollowUpAction
    /// Working days past the deadline `action` names; 0 when not late.
    let late: Int
    /// The action in words, with its date.
    let todo: String

    init(_ current: CaseStanding, today: LocalDate, calendar: WorkingDayCalendar) {
        (action, late, todo) = Self.next(current, today: today, calendar: calendar)
    }

    private static func next(_ current: CaseStanding, today: LocalDate, calendar: WorkingDayCalendar)
        -> (FollowUpAction, Int, String)
    {
        let id = current.id
        if current.isOpen {
            let due = current.resolutionDue
            if current.contactedOn == nil, current.contactDue < today {
                let late = calendar.workingDaysOverdue(due: current.contactDue, today: today)
                return (
                    .contactOverdue, late, "Contact the client now: contact was due \(current.contactDue)\(days(late))"
                )
            }
            if current.contactedOn == nil, current.contactDue == today {
                return (.contactDueToday, 0, "Contact the client today, then 'case contact \(id)'")
            }
            if due < today {
                let late = calendar.workingDaysOverdue(due: due, today: today)
                let todo =
                    current.extended
                    ? "The answer promised for \(due) is late\(days(late)): close it, or tell the client again"
                    : "Resolution overdue since \(due)\(days(late)): close it, or record the late extension "
                        + "('case extend \(id)')"
                return (.resolutionOverdue, late, todo)
            }
            let left = calendar.workingDays(after: today, through: due)
            if !current.extended, left <= 5 {
                let when =
                    switch left {
                    case _ where due == today: "today"
                    case 0: "\(due) (\(due.weekdayName)): today is the last working day before it"
                    case 1: "\(due), in 1 working day"
                    default: "\(due), in \(left) working days"
                    }
                return (
                    .resolutionDueSoon, 0,
                    "Resolution due \(when): close it, or tell the client why it takes longer ('case extend \(id)')"
                )
            }
            if current.contactedOn == nil { return (.inProgress, 0, "Contact due \(current.contactDue)") }
            let promised = current.extended ? "Answer promised by" : "Resolution due"
            return (.inProgress, 0, "\(promised) \(due)")
        }
        if let closedOn = current.closedOn, current.closingEmailOutstanding {
            return (.closingEmailOwed, 0, "Send the closing email (closed \(closedOn)), then 'case email-sent \(id)'")
        }
        if current.appealedOn != nil, current.consequencesOutstanding {
            return (
                .consequencesOutstanding, 0,
                "Carry out the ruling of \(current.ruledOn.map(\.description) ?? "?") (appeal upheld), then "
                    + "'case consequences-done \(id)'"
            )
        }
        let appealed = current.appealedOn.map { " (appealed \($0))" } ?? ""
        return (.inProgress, 0, "Awaiting the third party's ruling\(appealed)")
    }

    private static func days(_ late: Int) -> String {
        switch late {
        case 0: ""
        case 1: ", 1 working day late"
        default: ", \(late) working days late"
        }
    }
}
