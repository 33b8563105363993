/// What the follow-up list asks of the account manager for a case today: the action, how late
/// it is, and the line that says it (R9-R14).
///
/// It depends on the case's standing alone, not on its number: a list of a hundred thousand
/// cases works out each standing once (`FollowUpChoice`) and puts each case's number into the
/// line (`line(case:)`).
struct NextAction {
    let action: FollowUpAction
    /// The decision, for pages that word it in their own language.
    let todo: FollowUpTodo
    /// Working days past the deadline `action` names; 0 when not late.
    let late: Int
    /// The action in words, with its date, up to where the case's number goes.
    let text: String
    /// What follows the case's number; nil when the line names no case.
    let afterNumber: String?

    /// The next action for a case standing as `current`, counting working days from `days.today`.
    init(_ current: CaseStanding, days: inout WorkingDaysToday) {
        (action, late, todo) = Self.decide(current, days: &days)
        (text, afterNumber) = Self.english(todo)
    }

    /// The line for case `id`.
    func line(case id: Int64) -> String {
        afterNumber.map { text + String(id) + $0 } ?? text
    }

    /// The decision for a case standing as `current` (R9-R14): what is due and how late it is.
    private static func decide(_ current: CaseStanding, days counter: inout WorkingDaysToday)
        -> (FollowUpAction, Int, FollowUpTodo)
    {
        let today = counter.today
        if current.isOpen {
            let due = current.resolutionDue
            if current.contactedOn == nil, current.contactDue < today {
                let late = counter.overdue(since: current.contactDue)
                return (.contactOverdue, late, .contactOverdue(due: current.contactDue, late: late))
            }
            if current.contactedOn == nil, current.contactDue == today {
                return (.contactDueToday, 0, .contactToday)
            }
            if due < today {
                let late = counter.overdue(since: due)
                return (
                    .resolutionOverdue, late,
                    current.extended
                        ? .promisedAnswerLate(due: due, late: late) : .resolutionOverdue(due: due, late: late)
                )
            }
            let left = counter.left(until: due)
            if !current.extended, left <= 5 {
                return (
                    .resolutionDueSoon, 0, .resolutionDueSoon(due: due, workingDaysLeft: left, dueToday: due == today)
                )
            }
            if current.contactedOn == nil { return (.inProgress, 0, .contactDue(current.contactDue)) }
            return (.inProgress, 0, current.extended ? .answerPromised(due) : .resolutionDue(due))
        }
        if let closedOn = current.closedOn, current.closingEmailOutstanding {
            return (.closingEmailOwed, 0, .sendClosingEmail(closedOn: closedOn))
        }
        if current.appealedOn != nil, current.consequencesOutstanding {
            return (.consequencesOutstanding, 0, .carryOutRuling(ruledOn: current.ruledOn))
        }
        return (.inProgress, 0, .awaitingRuling(appealedOn: current.appealedOn))
    }

    /// The CLI's line for `todo`, up to where the case's number goes, and what follows it.
    private static func english(_ todo: FollowUpTodo) -> (String, String?) {
        switch todo {
        case .contactOverdue(let due, let late):
            ("Contact the client now: contact was due \(due)\(days(late))", nil)
        case .contactToday:
            ("Contact the client today, then 'case contact ", "'")
        case .promisedAnswerLate(let due, let late):
            ("The answer promised for \(due) is late\(days(late)): close it, or tell the client again", nil)
        case .resolutionOverdue(let due, let late):
            (
                "Resolution overdue since \(due)\(days(late)): close it, or record the late extension ('case extend ",
                "')"
            )
        case .resolutionDueSoon(let due, let left, let dueToday):
            (
                "Resolution due \(when(due, left: left, dueToday: dueToday)): close it, or tell the client why it "
                    + "takes longer ('case extend ", "')"
            )
        case .contactDue(let due): ("Contact due \(due)", nil)
        case .resolutionDue(let due): ("Resolution due \(due)", nil)
        case .answerPromised(let due): ("Answer promised by \(due)", nil)
        case .sendClosingEmail(let closedOn):
            ("Send the closing email (closed \(closedOn)), then 'case email-sent ", "'")
        case .carryOutRuling(let ruledOn):
            (
                "Carry out the ruling of \(ruledOn.map(\.description) ?? "?") (appeal upheld), then "
                    + "'case consequences-done ", "'"
            )
        case .awaitingRuling(let appealedOn):
            ("Awaiting the third party's ruling\(appealedOn.map { " (appealed \($0))" } ?? "")", nil)
        }
    }

    private static func when(_ due: LocalDate, left: Int, dueToday: Bool) -> String {
        switch left {
        case _ where dueToday: "today"
        case 0: "\(due) (\(due.weekdayName)): today is the last working day before it"
        case 1: "\(due), in 1 working day"
        default: "\(due), in \(left) working days"
        }
    }

    private static func days(_ late: Int) -> String {
        switch late {
        case 0: ""
        case 1: ", 1 working day late"
        default: ", \(late) working days late"
        }
    }
}
