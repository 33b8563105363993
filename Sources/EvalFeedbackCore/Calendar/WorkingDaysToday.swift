/// Working days between today and other days, each counted once and kept: a follow-up list
/// asks about the same few hundred deadlines for each of a hundred thousand cases.
struct WorkingDaysToday {
    let today: LocalDate
    let calendar: WorkingDayCalendar
    /// Working days between today and a day, by the day's number.
    private var counted: [Int: Int] = [:]

    init(today: LocalDate, calendar: WorkingDayCalendar) {
        self.today = today
        self.calendar = calendar
    }

    /// How many working days lie after `due` up to and including today: how late a step due
    /// then is; zero when today is not past it.
    mutating func overdue(since due: LocalDate) -> Int {
        guard due < today else { return 0 }
        let (calendar, today) = (self.calendar, self.today)
        return count(due) { calendar.workingDaysOverdue(due: due, today: today) }
    }

    /// How many working days lie after today up to and including `due`; zero when it is not
    /// after today.
    mutating func left(until due: LocalDate) -> Int {
        guard today < due else { return 0 }
        let (calendar, today) = (self.calendar, self.today)
        return count(due) { calendar.workingDays(after: today, through: due) }
    }

    private mutating func count(_ day: LocalDate, _ work: () -> Int) -> Int {
        if let known = counted[day.dayNumber] { return known }
        let days = work()
        counted[day.dayNumber] = days
        return days
    }
}
