/// `evalfeedback calendar YEAR`: the year's non-working days and why, as the deadlines use them.
public struct YearCalendar: Sendable, Codable, Equatable {
    /// The year.
    public let year: Int
    /// Holidays and closing days, in order.
    public let closedDays: [ClosedDay]
    /// Monday to Friday minus the closed days.
    public let workingDays: Int
    /// Good Friday a closing day?
    public let goodFriday: Bool
    /// The Liberation Day rule in force.
    public let liberationDay: String

    /// The calendar of `year` under `calendar`'s settings.
    public init(year: Int, calendar: WorkingDayCalendar) {
        self.year = year
        closedDays = calendar.closedDays(in: year)
        workingDays = calendar.workingDayCount(in: year)
        goodFriday = calendar.holidays.goodFriday
        liberationDay = calendar.holidays.liberationDay.rawValue
    }
}
