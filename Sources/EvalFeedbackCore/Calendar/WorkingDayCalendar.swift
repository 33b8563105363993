/// Dutch working days and the procedure's deadlines (R8-R10).
///
/// Working days are Monday to Friday minus the holidays of `DutchHolidays`. Every deadline
/// comes with an explanation, so that "why is contact due Tuesday?" has an answer.
public struct WorkingDayCalendar: Sendable {
    /// The holidays and closing days that are not working days.
    public var holidays: DutchHolidays {
        didSet { closedWeekdays = ClosedWeekdays() }
    }

    /// Each year's closed weekdays, worked out once: a follow-up list counts working days for
    /// every one of a hundred thousand cases.
    private var closedWeekdays = ClosedWeekdays()

    /// A calendar with the given holidays.
    public init(holidays: DutchHolidays = DutchHolidays()) {
        self.holidays = holidays
    }

    /// The calendar with R8's defaults.
    public static func netherlands() -> WorkingDayCalendar { WorkingDayCalendar() }

    /// True when `date` is a working day (R8).
    public func isWorkingDay(_ date: LocalDate) -> Bool {
        !date.isWeekend && holidays.holiday(on: date) == nil
    }

    /// R9: contact is due at the end of the second working day after the day of registration.
    public func contactDue(registeredOn day: LocalDate) -> LocalDate {
        workingDays(after: day, count: 2)
    }

    /// R10: resolution is due at the end of the 28th calendar day after registration.
    public func resolutionDue(registeredOn day: LocalDate) -> LocalDate {
        day.adding(days: 28)
    }

    /// The `count`-th working day after `day` (not counting `day` itself).
    public func workingDays(after day: LocalDate, count: Int) -> LocalDate {
        var date = day
        var counted = 0
        while counted < count {
            date = date.adding(days: 1)
            if isWorkingDay(date) { counted += 1 }
        }
        return date
    }

    /// How many working days lie after `due` up to and including `today`: how late a step is.
    /// Zero when `today` is not past `due`.
    public func workingDaysOverdue(due: LocalDate, today: LocalDate) -> Int {
        workingDays(after: due, through: today)
    }

    /// How many working days lie after `start` up to and including `end`; zero when `end` is not
    /// after `start`. Days left until a deadline, days taken to make contact.
    ///
    /// Counted, not walked: the weekdays in the span less the closed weekdays in it, so that a
    /// follow-up list of a hundred thousand cases months late takes no time.
    public func workingDays(after start: LocalDate, through end: LocalDate) -> Int {
        guard end > start else { return 0 }
        let span = (start.dayNumber + 1)...end.dayNumber
        var closed = 0
        for year in start.year...end.year {
            closed += closedWeekdays(in: year).count { span.contains($0) }
        }
        return Self.weekdays(before: span.upperBound + 1) - Self.weekdays(before: span.lowerBound) - closed
    }

    /// The day numbers of the weekdays of `year` that are closed, each once.
    private func closedWeekdays(in year: Int) -> [Int] {
        closedWeekdays.of(year) {
            Set(
                holidays.candidateDays(in: year).filter { !$0.isWeekend && holidays.holiday(on: $0) != nil }
                    .map(\.dayNumber)
            ).sorted()
        }
    }

    /// How many weekdays (Monday to Friday) lie before day number `day` since a distant Monday.
    private static func weekdays(before day: Int) -> Int {
        // Day 0 (1970-01-01) was a Thursday: day + 3 counts from the Monday before it; the
        // offset keeps the division exact for days before 1970.
        let sinceMonday = day + 3 + 7 * 100_000
        return sinceMonday / 7 * 5 + min(sinceMonday % 7, 5)
    }

    /// Whether a step done on `done` met `due`, in words: `on time`, `2 working days late`, or
    /// `late (on a non-working day after the deadline)`: after the deadline is late, even on a Saturday.
    public func lateness(done: LocalDate, due: LocalDate) -> String {
        guard done > due else { return "on time" }
        switch workingDaysOverdue(due: due, today: done) {
        case 0: return "late (on a non-working day after the deadline)"
        case 1: return "1 working day late"
        case let days: return "\(days) working days late"
        }
    }

    /// Explains how the contact deadline follows from the registration day: the days counted
    /// and the weekend days and holidays skipped.
    public func explainContactDue(registeredOn day: LocalDate) -> String {
        let reckoning = contactReckoning(registeredOn: day)
        let counted = reckoning.counted.map { "\($0.weekdayName) \($0)" }
        let skipped = reckoning.skipped.map { "\($0.day.weekdayName) \($0.day) (\($0.holiday?.rawValue ?? "weekend"))" }
        var text = "registered \(day.weekdayName) \(day); counted \(counted.joined(separator: ", "))"
        if !skipped.isEmpty { text += "; skipped \(skipped.joined(separator: ", "))" }
        return text + "; due end of \(reckoning.due.weekdayName) \(reckoning.due) (R9)"
    }

    /// How the contact deadline follows from the registration day, as values: the working days
    /// counted, and the weekend days and holidays skipped (R9).
    public func contactReckoning(registeredOn day: LocalDate) -> ContactReckoning {
        let due = contactDue(registeredOn: day)
        var counted: [LocalDate] = []
        var skipped: [ContactReckoning.Skipped] = []
        var date = day.adding(days: 1)
        while date <= due {
            if date.isWeekend {
                skipped.append(.init(day: date, holiday: nil))
            } else if let holiday = holidays.closure(on: date) {
                skipped.append(.init(day: date, holiday: holiday))
            } else {
                counted.append(date)
            }
            date = date.adding(days: 1)
        }
        return ContactReckoning(registeredOn: day, counted: counted, skipped: skipped, due: due)
    }
}
