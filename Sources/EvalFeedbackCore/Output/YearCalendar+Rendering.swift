extension YearCalendar {
    /// The year as text, or JSON.
    public func rendered(as format: OutputFormat) throws -> [UInt8] {
        switch format {
        case .text: Array(text.utf8)
        case .json: try JSONOutput.encode(self)
        case .csv, .html, .markdown: throw RenderError.unsupported(format, what: "the calendar")
        }
    }

    /// The year's closed days, one a line, with the settings that decide them.
    var text: String {
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
