/// What the follow-up list asks of the account manager for a case today: the action, how late
/// it is, and the line that says it (R9-R14).
///
/// It depends on the case's standing alone, not on its number: a list of a hundred thousand
/// cases works out each standing once (`FollowUpChoice`) and puts each case's number into the
/// line (`todo(case:)`).
struct NextAction {
    let action: FollowUpAction
    /// Working days past the deadline `action` names; 0 when not late.
    let late: Int
    /// The action in words, with its date, up to where the case's number goes.
    let text: String
    /// What follows the case's number; nil when the line names no case.
    let afterNumber: String?

    /// The next action for a case standing as `current`, counting working days from `days.today`.
    init(_ current: CaseStanding, days: inout WorkingDaysToday) {
        (action, late, text, afterNumber) = Self.next(current, days: &days)
    }

    /// The line for case `id`.
    func todo(case id: Int64) -> String {
        afterNumber.map { text + String(id) + $0 } ?? text
    }

    private static func next(_ current: CaseStanding, days counter: inout WorkingDaysToday)
        -> (FollowUpAction, Int, String, String?)
    {
        let today = counter.today
        if current.isOpen {
            let due = current.resolutionDue
            if current.contactedOn == nil, current.contactDue < today {
                let late = counter.overdue(since: current.contactDue)
                return (
                    .contactOverdue, late, "Contact the client now: contact was due \(current.contactDue)\(days(late))",
                    nil
                )
            }
            if current.contactedOn == nil, current.contactDue == today {
                return (.contactDueToday, 0, "Contact the client today, then 'case contact ", "'")
            }
            if due < today {
                let late = counter.overdue(since: due)
                if current.extended {
                    return (
                        .resolutionOverdue, late,
                        "The answer promised for \(due) is late\(days(late)): close it, or tell the client again", nil
                    )
                }
                return (
                    .resolutionOverdue, late,
                    "Resolution overdue since \(due)\(days(late)): close it, or record the late extension "
                        + "('case extend ", "')"
                )
            }
            let left = counter.left(until: due)
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
                    "Resolution due \(when): close it, or tell the client why it takes longer ('case extend ", "')"
                )
            }
            if current.contactedOn == nil { return (.inProgress, 0, "Contact due \(current.contactDue)", nil) }
            let promised = current.extended ? "Answer promised by" : "Resolution due"
            return (.inProgress, 0, "\(promised) \(due)", nil)
        }
        if let closedOn = current.closedOn, current.closingEmailOutstanding {
            return (.closingEmailOwed, 0, "Send the closing email (closed \(closedOn)), then 'case email-sent ", "'")
        }
        if current.appealedOn != nil, current.consequencesOutstanding {
            return (
                .consequencesOutstanding, 0,
                "Carry out the ruling of \(current.ruledOn.map(\.description) ?? "?") (appeal upheld), then "
                    + "'case consequences-done ", "'"
            )
        }
        let appealed = current.appealedOn.map { " (appealed \($0))" } ?? ""
        return (.inProgress, 0, "Awaiting the third party's ruling\(appealed)", nil)
    }

    private static func days(_ late: Int) -> String {
        switch late {
        case 0: ""
        case 1: ", 1 working day late"
        default: ", \(late) working days late"
        }
    }
}
