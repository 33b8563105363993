/// A weekday-or-weekend date the academy is closed, and why (R8).
public struct ClosedDay: Sendable, Codable, Equatable {
    /// The day.
    public let date: LocalDate
    /// The holiday's name, or `closing day` for one the config file adds.
    public let reason: String
    /// True when it falls on a Saturday or Sunday anyway, so no working day is lost.
    public let onWeekend: Bool
}

extension WorkingDayCalendar {
    /// The holidays and closing days of `year`, in order: what `evalfeedback calendar` lists.
    public func closedDays(in year: Int) -> [ClosedDay] {
        let first = LocalDate(checked: year, 1, 1).dayNumber
        let last = LocalDate(checked: year, 12, 31).dayNumber
        return (first...last).compactMap { number in
            let date = LocalDate(dayNumber: number)
            return holidays.holiday(on: date).map { ClosedDay(date: date, reason: $0, onWeekend: date.isWeekend) }
        }
    }

    /// How many working days `year` has.
    public func workingDayCount(in year: Int) -> Int {
        let first = LocalDate(checked: year, 1, 1).dayNumber
        let last = LocalDate(checked: year, 12, 31).dayNumber
        return (first...last).count { isWorkingDay(LocalDate(dayNumber: $0)) }
    }

    /// R10 in words: the day of registration plus 28 calendar days, holidays included.
    public func explainResolutionDue(registeredOn day: LocalDate) -> String {
        let due = resolutionDue(registeredOn: day)
        return "registered \(day.weekdayName) \(day) + 28 calendar days (weekends and holidays count) = "
            + "end of \(due.weekdayName) \(due) (R10)"
    }
}
