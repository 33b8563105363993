/// The procedure's route (R11-R15) as rules: which step is possible in which state, which
/// dates make sense, and what each step changes.
///
/// Pure: it never touches the register, so every rule is tested without a database, and the
/// store applies the change it returns in one transaction.
public struct CaseLifecycle: Sendable {
    /// The day steps are recorded on; no step may happen after it.
    public var today: LocalDate
    /// The cause categories closing accepts (configurable).
    public var causes: [String]
    /// For R9-R11's lateness.
    public var calendar: WorkingDayCalendar
    /// Who records the step (R13).
    public var actor: String

    /// A lifecycle acting on `today` for `actor`.
    public init(today: LocalDate, causes: [String], calendar: WorkingDayCalendar, actor: String) {
        self.today = today
        self.causes = causes
        self.calendar = calendar
        self.actor = actor
    }

    /// Applies `step` to `current`, or says why it is impossible (R12).
    public func apply(_ step: CaseStep, to current: ComplaintCase) throws(CaseStepError) -> CaseChange {
        if let purged = current.purgedOn {
            throw .impossible(
                caseID: current.id, step: step.name, state: "purged on \(purged), a year after it ended (R17)",
                instead:
                    "Its personal data and history are gone; register a new complaint with 'evalfeedback case open'.")
        }
        try checkDay(
            step.day, of: step.name, option: step.dateOption, after: "registered", current.registeredOn, current)
        switch step {
        case .contact(let on, let note): return try contact(current, on: on, note: note)
        case .note(let on, let text): return try addNote(current, on: on, text: text)
        case .extend(let reason, let expected, let toldOn):
            return try extend(current, reason: reason, expected: expected, toldOn: toldOn)
        case .close(let on, let outcome, let resolution, let cause, let satisfied, let emailOwed, let emailSentOn):
            let closing = CaseClosing(
                closedOn: on, outcome: outcome, resolution: resolution.trimmed, cause: cause,
                clientSatisfied: satisfied, emailOwed: emailOwed || emailSentOn != nil, emailSentOn: emailSentOn)
            return try close(current, closing)
        case .emailSent(let on): return try emailSent(current, on: on)
        case .appeal(let on, let thirdParty): return try appeal(current, on: on, thirdParty: thirdParty)
        case .ruling(let ruling, let on, let text): return try rule(current, ruling, on: on, text: text)
        case .consequencesDone(let on): return try consequencesDone(current, on: on)
        case .assign(let manager, let on): return try assign(current, manager: manager, on: on)
        }
    }

    private func contact(_ current: ComplaintCase, on: LocalDate, note: String?) throws(CaseStepError) -> CaseChange {
        guard current.state == .registered else {
            let instead =
                current.state == .contacted
                ? "Record a further talk with 'evalfeedback case note \(current.id) TEXT'."
                : "A closed case is not contacted again; record a talk with 'evalfeedback case note \(current.id) TEXT'."
            throw .impossible(caseID: current.id, step: "contact", state: current.stateDescription, instead: instead)
        }
        var updated = current
        updated.state = .contacted
        updated.contactedOn = on
        let timing = calendar.lateness(done: on, due: current.contactDue)
        return change(
            updated, .contacted, on, note?.trimmedOrNil,
            "case \(current.id): contacted on \(on) (contact due \(current.contactDue): \(timing))")
    }

    private func addNote(_ current: ComplaintCase, on: LocalDate, text: String) throws(CaseStepError) -> CaseChange {
        guard let text = text.trimmedOrNil else { throw .emptyText(field: "the note") }
        return change(current, .note, on, text, "case \(current.id): note added to the history")
    }

    private func extend(_ current: ComplaintCase, reason: String, expected: LocalDate, toldOn: LocalDate)
        throws(CaseStepError) -> CaseChange
    {
        guard current.state.isOpen else {
            throw .impossible(
                caseID: current.id, step: "extend", state: current.stateDescription,
                instead: "Only an open case can be extended; a closed case has no resolution deadline left.")
        }
        guard let reason = reason.trimmedOrNil else { throw .emptyText(field: "the reason for the extension") }
        if let previous = current.extension {
            try checkDay(toldOn, of: "extend", option: "--told-on", after: "extended", previous.toldOn, current)
        }
        guard expected > toldOn else {
            throw .badExpectedDate(
                caseID: current.id, date: expected,
                reason:
                    "is not after the day the client was told (\(toldOn)); give the date the answer was promised for")
        }
        let deadline = current.deadline
        let due = deadline.promised
        guard expected > due else {
            throw .badExpectedDate(
                caseID: current.id, date: expected,
                reason: "is not after the resolution deadline in force (\(due)); no extension is needed for an "
                    + "answer by then")
        }
        guard expected.dayNumber - toldOn.dayNumber <= 366 else {
            throw .badExpectedDate(
                caseID: current.id, date: expected,
                reason: "lies more than a year after the client was told; give the date the client was promised")
        }
        let late = !deadline.isInTime(toldOn: toldOn)
        var updated = current
        updated.extension = CaseExtension(reason: reason, expected: expected, toldOn: toldOn, late: late)
        updated.missedDeadline = deadline.extended(toldOn: toldOn, expected: expected).missed
        var timing =
            late
            ? "late: the deadline was \(due), recorded as a breach of R11"
            : "on time: the deadline was \(due)"
        if !late, let missed = deadline.missed {
            timing += "; the breach of \(missed) stays on record"
        }
        var message = "case \(current.id): resolution now expected \(expected), client told on \(toldOn) (\(timing))"
        // Telling the client about a delay is talking to them: a case never contacted counts as
        // contacted on that day, as closing does, so that it no longer shows "contact overdue".
        if updated.contactedOn == nil {
            updated.contactedOn = toldOn
            updated.state = .contacted
            let timing = calendar.lateness(done: toldOn, due: current.contactDue)
            message += "; the client counts as contacted that day (contact due \(current.contactDue): \(timing))"
        }
        return change(
            updated, .extended, toldOn, CaseEventDetail.extended(reason: reason, expected: expected).note, message)
    }

    private func close(_ current: ComplaintCase, _ closing: CaseClosing) throws(CaseStepError) -> CaseChange {
        guard current.state.isOpen else {
            throw .impossible(
                caseID: current.id, step: "close", state: current.stateDescription,
                instead: current.state == .closed
                    ? "If the client disagrees with the handling, record 'evalfeedback case appeal \(current.id)'."
                    : "The third party's ruling decides it now.")
        }
        if let contactedOn = current.contactedOn {
            try checkDay(closing.closedOn, of: "close", option: "--on", after: "contacted", contactedOn, current)
        }
        if let extended = current.extension {
            try checkDay(closing.closedOn, of: "close", option: "--on", after: "extended", extended.toldOn, current)
        }
        guard !closing.resolution.isEmpty else { throw .emptyText(field: "the resolution") }
        guard let cause = causes.first(where: { $0.lowercased() == closing.cause.trimmed.lowercased() }) else {
            throw .unknownCause(closing.cause, known: causes)
        }
        if let sent = closing.emailSentOn {
            try checkDay(
                sent, of: "closing email", option: "--email-sent-on", after: "closed", closing.closedOn, current)
        }
        var updated = current
        var recorded = closing
        recorded.cause = cause
        updated.closing = recorded
        updated.state = .closed
        var message = "case \(current.id): closed (\(closing.outcome.rawValue), cause \(cause)) on \(closing.closedOn)"
        if current.contactedOn == nil {
            updated.contactedOn = closing.closedOn
            message += ", the client contacted that day"
        }
        if recorded.emailOutstanding {
            message += "; closing email owed: record it with 'evalfeedback case email-sent \(current.id)'"
        }
        let note = CaseEventDetail.closed(
            outcome: closing.outcome, cause: cause, satisfied: closing.clientSatisfied, resolution: closing.resolution)
        return change(updated, .closed, closing.closedOn, note.note, message)
    }

    private func emailSent(_ current: ComplaintCase, on: LocalDate) throws(CaseStepError) -> CaseChange {
        guard let closing = current.closing else {
            throw .impossible(
                caseID: current.id, step: "email-sent", state: current.stateDescription,
                instead: "Close it first, with --email-sent-on if the email goes out at once.")
        }
        if let sent = closing.emailSentOn {
            throw .impossible(
                caseID: current.id, step: "email-sent", state: current.stateDescription,
                instead: "Its closing email was recorded sent on \(sent) already.")
        }
        try checkDay(on, of: "closing email", option: "--on", after: "closed", closing.closedOn, current)
        var updated = current
        updated.closing?.emailSentOn = on
        updated.closing?.emailOwed = true
        return change(updated, .closingEmailSent, on, nil, "case \(current.id): closing email sent on \(on)")
    }

    private func appeal(_ current: ComplaintCase, on: LocalDate, thirdParty: String?) throws(CaseStepError)
        -> CaseChange
    {
        guard current.state == .closed, let closing = current.closing else {
            let instead =
                switch current.state {
                case .registered, .contacted:
                    "An appeal is against the handling of a closed complaint; close it first ('evalfeedback case close')."
                case .appealed: "Record the third party's ruling with 'evalfeedback case ruling \(current.id)'."
                default: "The ruling binds the academy; there is no further appeal."
                }
            throw .impossible(caseID: current.id, step: "appeal", state: current.stateDescription, instead: instead)
        }
        try checkDay(on, of: "appeal", option: "--on", after: "closed", closing.closedOn, current)
        var updated = current
        updated.state = .appealed
        updated.appeal = CaseAppeal(appealedOn: on, thirdParty: thirdParty?.trimmedOrNil)
        let who = thirdParty?.trimmedOrNil.map { " to \($0)" } ?? ""
        return change(
            updated, .appealed, on, thirdParty?.trimmedOrNil.map { CaseEventDetail.appealed(thirdParty: $0).note },
            "case \(current.id): appealed\(who) on \(on); record the ruling with 'evalfeedback case ruling \(current.id)'"
        )
    }

    private func rule(_ current: ComplaintCase, _ ruling: Ruling, on: LocalDate, text: String) throws(CaseStepError)
        -> CaseChange
    {
        guard current.state == .appealed, let appeal = current.appeal else {
            let instead =
                current.state == .ruled
                ? "The ruling was recorded already; it binds the academy."
                : "A ruling follows an appeal; record the appeal first with 'evalfeedback case appeal \(current.id)'."
            throw .impossible(caseID: current.id, step: "ruling", state: current.stateDescription, instead: instead)
        }
        try checkDay(on, of: "ruling", option: "--on", after: "appealed", appeal.appealedOn, current)
        guard let text = text.trimmedOrNil else { throw .emptyText(field: "the ruling's text") }
        var updated = current
        updated.state = .ruled
        updated.appeal?.ruling = ruling
        updated.appeal?.ruledOn = on
        updated.appeal?.rulingText = text
        var message = "case \(current.id): appeal \(ruling.rawValue) by the ruling of \(on)"
        if ruling == .upheld {
            message += "; carry out its consequences and record 'evalfeedback case consequences-done \(current.id)'"
        }
        return change(updated, .ruled, on, CaseEventDetail.ruled(ruling, text: text).note, message)
    }

    private func consequencesDone(_ current: ComplaintCase, on: LocalDate) throws(CaseStepError) -> CaseChange {
        guard current.state == .ruled, let appeal = current.appeal, let ruledOn = appeal.ruledOn,
            appeal.consequencesOutstanding
        else {
            let instead =
                if current.appeal?.ruling == .rejected {
                    "The ruling rejected the appeal, so there are no consequences to carry out."
                } else if let done = current.appeal?.consequencesDoneOn {
                    "They were recorded carried out on \(done) already."
                } else {
                    "Consequences follow an upheld ruling; record it with 'evalfeedback case ruling \(current.id)'."
                }
            throw .impossible(
                caseID: current.id, step: "consequences-done", state: current.stateDescription, instead: instead)
        }
        try checkDay(on, of: "consequences-done", option: "--on", after: "ruled", ruledOn, current)
        var updated = current
        updated.appeal?.consequencesDoneOn = on
        return change(
            updated, .consequencesDone, on, nil,
            "case \(current.id): the ruling's consequences carried out on \(on); the case has ended")
    }

    private func assign(_ current: ComplaintCase, manager: String, on: LocalDate) throws(CaseStepError) -> CaseChange {
        guard let manager = manager.collapsedToOneLine.trimmedOrNil else {
            throw .missingName(field: "the account manager's name (--manager)", advice: "name the account manager")
        }
        var updated = current
        updated.manager = manager
        updated.managerAssigned = true
        let before = current.manager.map { "was \($0)" } ?? "was unassigned"
        return change(updated, .assigned, on, manager, "case \(current.id): assigned to \(manager) (\(before))")
    }

    /// Refuses a day after today or before the step it follows.
    /// Refuses a day after today or before the step it follows; `option` is where the day came from.
    private func checkDay(
        _ day: LocalDate, of step: String, option: String, after earlier: String, _ earlierDay: LocalDate,
        _ current: ComplaintCase
    ) throws(CaseStepError) {
        if day > today { throw .inTheFuture(step: step, date: day, today: today) }
        if day < earlierDay {
            throw .beforeEarlierStep(
                caseID: current.id, step: step, date: day, earlier: earlier, earlierDate: earlierDay, option: option)
        }
    }

    private func change(
        _ updated: ComplaintCase, _ kind: CaseEvent.Kind, _ on: LocalDate, _ note: String?, _ message: String
    ) -> CaseChange {
        CaseChange(updated: updated, event: CaseEvent(on: on, kind: kind, actor: actor, note: note), message: message)
    }
}
