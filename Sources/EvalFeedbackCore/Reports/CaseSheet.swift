/// Everything about one case for `case show`: the case, what to do next, each deadline with
/// how it was worked out, and the whole history (R13), so that "why Tuesday?" has an answer.
public struct CaseSheet: Sendable, Codable, Equatable {
    /// One deadline, whether it was met, and how it follows from the registration day.
    public struct Deadline: Sendable, Codable, Equatable {
        /// `contact` (R9), `resolution` (R10) or `extension` (R11).
        public let name: String
        /// The day it falls on.
        public let due: LocalDate
        /// `met on 2026-11-24`, `missed: done 2026-11-27, 3 working days late`, `open`, `late by 2 working days`.
        public let status: String
        /// How `due` was worked out.
        public let explanation: String
    }

    /// The day the sheet describes the case on.
    public let day: LocalDate
    /// The case.
    public let complaint: ComplaintCase
    /// What the follow-up list asks today, if anything.
    public let todo: String?
    /// Contact, resolution and (when extended) the promised answer date.
    public let deadlines: [Deadline]
    /// Every step, in order.
    public let history: [CaseEvent]

    /// The sheet for `complaint` on `today`.
    public init(complaint: ComplaintCase, history: [CaseEvent], today: LocalDate, calendar: WorkingDayCalendar) {
        day = today
        self.complaint = complaint
        self.history = history
        let item = FollowUpItem(complaint, today: today, calendar: calendar)
        let listed = complaint.state.isOpen || item.action != .inProgress || complaint.state == .appealed
        todo = listed ? item.todo : nil
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
        var deadlines = [
            Deadline(
                name: "contact", due: complaint.contactDue,
                status: status(due: complaint.contactDue, doneOn: complaint.contactedOn),
                explanation: stored(
                    calendar.explainContactDue(registeredOn: complaint.registeredOn),
                    computed: calendar.contactDue(registeredOn: complaint.registeredOn), stored: complaint.contactDue)),
            Deadline(
                name: "resolution", due: complaint.resolutionDue,
                status: Self.resolutionStatus(complaint) { status(due: $0, doneOn: $1) },
                explanation: stored(
                    calendar.explainResolutionDue(registeredOn: complaint.registeredOn),
                    computed: calendar.resolutionDue(registeredOn: complaint.registeredOn),
                    stored: complaint.resolutionDue)),
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
                        + (extended.reason.isEmpty ? "" : ": \(extended.reason)") + "; \(timing)"))
        }
        self.deadlines = deadlines
    }

    /// R10's deadline as the procedure judges it: met or missed, or moved by extensions told in
    /// time, or breached by one told late (`ResolutionDeadline`).
    private static func resolutionStatus(
        _ complaint: ComplaintCase, status: (LocalDate, LocalDate?) -> String
    ) -> String {
        guard complaint.extension != nil else {
            return status(complaint.resolutionDue, complaint.closing?.closedOn)
        }
        if let missed = complaint.deadline.missed {
            return "breached: the client was not told of the delay by \(missed), the deadline then in force (R11)"
        }
        if let closed = complaint.closing?.closedOn, closed <= complaint.resolutionDue { return "met on \(closed)" }
        return "extended in time (see below)"
    }
}
