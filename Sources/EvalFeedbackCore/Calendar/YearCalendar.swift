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

    /// The year as text, or JSON.
    public func rendered(as format: OutputFormat) throws -> [UInt8] {
        switch format {
        case .text: Array(text.utf8)
        case .json: try JSONOutput.encode(self)
        case .csv, .html, .markdown: throw RenderError.unsupported(format, what: "the calendar")
        }
    }

    private var text: String {
        let lost = closedDays.count { !$0.onWeekend }
        var out = "Non-working days in \(year) besides Saturdays and Sundays: \(lost) (\(workingDays) working days)\n"
        for day in closedDays {
            let note = day.onWeekend ? "  (falls on a \(day.date.weekdayName): no working day lost)" : ""
            out += "  \(day.date.weekdayName.prefix(3)) \(day.date)  \(day.reason)\(note)\n"
        }
        let liberation =
            switch liberationDay {
            case "always": "every year"
            case "never": "never"
            default: "in lustrum years only (2025, 2030, ...)"
            }
        out += "Good Friday is \(goodFriday ? "" : "not ")a closing day; Liberation Day (5 May) is one \(liberation). "
        out += "Change these in the config file (see the README).\n"
        return out
    }
}
