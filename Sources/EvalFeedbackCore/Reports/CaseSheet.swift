/// Everything about one case for `case show`: the case, what to do next, each deadline with
/// how it was worked out, and the whole history (R13), so that "why Tuesday?" has an answer.
public struct CaseSheet: Sendable, Encodable, Equatable {
    /// One deadline, whether it was met, and how it follows from the registration day.
    ///
    /// `name`, `status` and `explanation` are the CLI's words; `kind`, `standing` and
    /// `reckoning` are the same as values, for pages that word them in their reader's language.
    public struct Deadline: Sendable, Encodable, Equatable {
        /// Which deadline it is.
        public enum Kind: String, Sendable, Equatable {
            /// Contact with the client (R9).
            case contact
            /// Resolution (R10).
            case resolution
            /// The answer date an extension promised (R11).
            case `extension`
        }

        /// Whether the deadline was met, as values.
        public enum Standing: Sendable, Equatable {
            /// Done on the day given, in time.
            case met(on: LocalDate)
            /// Done on `doneOn`, `workingDaysLate` working days after the deadline (0: on a
            /// non-working day after it).
            case missed(doneOn: LocalDate, workingDaysLate: Int)
            /// Not done yet, and not late.
            case open
            /// Not done yet, `workingDaysLate` working days past it (0: today is a non-working day
            /// after it).
            case openAndLate(workingDaysLate: Int)
            /// Breached: the client was not told of the delay by `deadlineThen`, the deadline then
            /// in force (R11).
            case breached(deadlineThen: LocalDate)
            /// Moved by an extension told in time; the extension's own deadline follows.
            case extendedInTime
        }

        /// How the day was worked out, as values.
        public enum Reckoning: Sendable, Equatable {
            /// Two working days after registration (R9).
            case contact(ContactReckoning)
            /// 28 calendar days after registration: `due` (R10).
            case resolution(registeredOn: LocalDate, due: LocalDate)
            /// Promised to the client on `toldOn` for `reason`; `late` when told after the
            /// deadline then in force, a breach of R11.
            case `extension`(reason: String, toldOn: LocalDate, late: Bool)
        }

        /// `contact` (R9), `resolution` (R10) or `extension` (R11).
        public let name: String
        /// The day it falls on.
        public let due: LocalDate
        /// `met on 2026-11-24`, `missed: done 2026-11-27, 3 working days late`, `open`, `late by 2 working days`.
        public let status: String
        /// How `due` was worked out.
        public let explanation: String
        /// `name` as a value.
        public let kind: Kind
        /// `status` as a value.
        public let standing: Standing
        /// `explanation` as a value.
        public let reckoning: Reckoning
        /// The day the rules would give today, when the case keeps another: the one set at
        /// registration with the calendar then configured.
        public let reckonedDue: LocalDate?

        private enum CodingKeys: String, CodingKey {
            case name, due, status, explanation
        }
    }

    /// The day the sheet describes the case on.
    public let day: LocalDate
    /// The case.
    public let complaint: ComplaintCase
    /// What the follow-up list asks today, if anything.
    public let todo: String?
    /// The same as a value, for pages that word it in their reader's language.
    public let next: FollowUpTodo?
    /// Working days past the deadline `next` names; 0 when not late.
    public let workingDaysOverdue: Int
    /// Contact, resolution and (when extended) the promised answer date.
    public let deadlines: [Deadline]
    /// Every step, in order.
    public let history: [CaseEvent]

    private enum CodingKeys: String, CodingKey {
        case day, complaint, todo, deadlines, history
    }

    /// The sheet for `complaint` on `today`.
    public init(complaint: ComplaintCase, history: [CaseEvent], today: LocalDate, calendar: WorkingDayCalendar) {
        day = today
        self.complaint = complaint
        self.history = history
        let item = FollowUpItem(complaint, today: today, calendar: calendar)
        let listed = complaint.state.isOpen || item.action != .inProgress || complaint.state == .appealed
        todo = listed ? item.todo : nil
        next = listed ? item.next : nil
        workingDaysOverdue = listed ? item.workingDaysOverdue : 0
        func standing(due: LocalDate, doneOn: LocalDate?) -> Deadline.Standing {
            if let doneOn {
                return doneOn <= due
                    ? .met(on: doneOn)
                    : .missed(doneOn: doneOn, workingDaysLate: calendar.workingDaysOverdue(due: due, today: doneOn))
            }
            return due < today
                ? .openAndLate(workingDaysLate: calendar.workingDaysOverdue(due: due, today: today)) : .open
        }
        func status(due: LocalDate, doneOn: LocalDate?) -> String {
            if let doneOn {
                return doneOn <= due
                    ? "met on \(doneOn)" : "missed: done on \(doneOn), \(calendar.lateness(done: doneOn, due: due))"
            }
            return due < today ? "open and \(calendar.lateness(done: today, due: due))" : "open"
        }
        func stored(_ explanation: String, computed: LocalDate, stored: LocalDate) -> String {
            computed == stored
                ? explanation
                : explanation + "; the case keeps \(stored), set at registration with the calendar then configured"
        }
        let registered = complaint.registeredOn
        let contactComputed = calendar.contactDue(registeredOn: registered)
        let resolutionComputed = calendar.resolutionDue(registeredOn: registered)
        let resolution = Self.resolutionStanding(complaint) { standing(due: $0, doneOn: $1) }
        var deadlines = [
            Deadline(
                name: "contact", due: complaint.contactDue,
                status: status(due: complaint.contactDue, doneOn: complaint.contactedOn),
                explanation: stored(
                    calendar.explainContactDue(registeredOn: registered), computed: contactComputed,
                    stored: complaint.contactDue),
                kind: .contact, standing: standing(due: complaint.contactDue, doneOn: complaint.contactedOn),
                reckoning: .contact(calendar.contactReckoning(registeredOn: registered)),
                reckonedDue: contactComputed == complaint.contactDue ? nil : contactComputed),
            Deadline(
                name: "resolution", due: complaint.resolutionDue,
                status: Self.resolutionStatus(resolution) { status(due: complaint.resolutionDue, doneOn: $0) },
                explanation: stored(
                    calendar.explainResolutionDue(registeredOn: registered), computed: resolutionComputed,
                    stored: complaint.resolutionDue),
                kind: .resolution, standing: resolution,
                reckoning: .resolution(registeredOn: registered, due: resolutionComputed),
                reckonedDue: resolutionComputed == complaint.resolutionDue ? nil : resolutionComputed),
        ]
        if let extended = complaint.extension {
            let timing =
                extended.late
                ? "told on \(extended.toldOn), after the deadline then in force: a breach of R11"
                : "told on \(extended.toldOn), before the deadline then in force (R11)"
            deadlines.append(
                Deadline(
                    name: "extension", due: extended.expected,
                    status: status(due: extended.expected, doneOn: complaint.closing?.closedOn),
                    explanation: "answer promised by \(extended.expected.weekdayName) \(extended.expected)"
                        + (extended.reason.isEmpty ? "" : ": \(extended.reason)") + "; \(timing)",
                    kind: .extension, standing: standing(due: extended.expected, doneOn: complaint.closing?.closedOn),
                    reckoning: .extension(reason: extended.reason, toldOn: extended.toldOn, late: extended.late),
                    reckonedDue: nil))
        }
        self.deadlines = deadlines
    }

    /// R10's deadline as the procedure judges it: met or missed, or moved by extensions told in
    /// time, or breached by one told late (`ResolutionDeadline`).
    private static func resolutionStanding(
        _ complaint: ComplaintCase, standing: (LocalDate, LocalDate?) -> Deadline.Standing
    ) -> Deadline.Standing {
        guard complaint.extension != nil else {
            return standing(complaint.resolutionDue, complaint.closing?.closedOn)
        }
        if let missed = complaint.deadline.missed { return .breached(deadlineThen: missed) }
        if let closed = complaint.closing?.closedOn, closed <= complaint.resolutionDue { return .met(on: closed) }
        return .extendedInTime
    }

    /// The CLI's words for R10's `standing`; `plain` words a standing without an extension.
    private static func resolutionStatus(_ standing: Deadline.Standing, plain: (LocalDate?) -> String) -> String {
        switch standing {
        case .breached(let missed):
            "breached: the client was not told of the delay by \(missed), the deadline then in force (R11)"
        case .extendedInTime: "extended in time (see below)"
        case .met(let on): plain(on)
        case .missed(let doneOn, _): plain(doneOn)
        case .open, .openAndLate: plain(nil)
        }
    }
}
