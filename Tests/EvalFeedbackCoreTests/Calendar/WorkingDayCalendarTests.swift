import Testing

@testable import EvalFeedbackCore

@Suite("Working days and deadlines (R8-R10)")
struct WorkingDayCalendarTests {
    let calendar = WorkingDayCalendar.netherlands()

    @Test(
        "R8: Easter Sunday is computed for any year",
        arguments: [
            (2024, "2024-03-31"), (2025, "2025-04-20"), (2026, "2026-04-05"), (2027, "2027-03-28"),
            (2030, "2030-04-21"), (2038, "2038-04-25"),  // the latest Easter of the century
            (2285, "2285-03-22"),  // the earliest possible date
        ])
    func easter(year: Int, sunday: String) {
        #expect(DutchHolidays.easterSunday(year) == LocalDate(sunday))
    }

    @Test(
        "R8: the Dutch public holidays are not working days",
        arguments: [
            ("2026-01-01", "New Year's Day"),
            ("2026-04-06", "Easter Monday"),
            ("2026-04-27", "King's Day"),  // a Monday
            ("2025-04-26", "King's Day"),  // 27 April 2025 is a Sunday, so Saturday the 26th
            ("2026-05-14", "Ascension Day"),  // Easter + 39
            ("2026-05-25", "Whit Monday"),  // Easter + 50
            ("2026-12-25", "Christmas Day"),
            ("2026-12-26", "Boxing Day"),
            ("2025-05-05", "Liberation Day"),  // a lustrum year
            ("2027-03-29", "Easter Monday"),
            ("2027-05-06", "Ascension Day"),
            ("2027-05-17", "Whit Monday"),
        ])
    func holidays(day: String, name: String) throws {
        let date = try #require(LocalDate(day))
        #expect(calendar.holidays.holiday(on: date) == name)
        #expect(!calendar.isWorkingDay(date))
    }

    @Test(
        "R8: ordinary weekdays are working days; Good Friday and Liberation Day outside lustrum years by default too",
        arguments: ["2026-11-25", "2026-04-03", "2026-05-05", "2026-04-28"])
    func workingDays(day: String) throws {
        #expect(calendar.isWorkingDay(try #require(LocalDate(day))))
    }

    @Test("R8: Good Friday, Liberation Day and extra closing days are configurable")
    func configurable() throws {
        let goodFriday = try #require(LocalDate("2026-04-03"))
        let liberation = try #require(LocalDate("2026-05-05"))
        let closed = try #require(LocalDate("2026-12-28"))
        let custom = WorkingDayCalendar(
            holidays: DutchHolidays(goodFriday: true, liberationDay: .always, extraClosingDays: [closed]))
        #expect(!custom.isWorkingDay(goodFriday))
        #expect(!custom.isWorkingDay(liberation))
        #expect(!custom.isWorkingDay(closed))
        let never = WorkingDayCalendar(holidays: DutchHolidays(liberationDay: .never))
        #expect(never.isWorkingDay(try #require(LocalDate("2025-05-05"))))
    }

    @Test(
        "R9: contact is due at the end of the second working day after registration",
        arguments: [
            ("2026-11-23", "2026-11-25"),  // Monday → Wednesday
            ("2026-11-20", "2026-11-24"),  // Friday → Tuesday
            ("2026-11-21", "2026-11-24"),  // Saturday → Tuesday
            ("2026-11-22", "2026-11-24"),  // Sunday → Tuesday
            ("2026-04-24", "2026-04-29"),  // Friday; Monday is King's Day → Wednesday
            ("2026-04-02", "2026-04-07"),  // Thursday; Friday counts, the weekend and Easter Monday do not → Tuesday
            ("2026-12-24", "2026-12-29"),  // Thursday; Christmas and Boxing Day, weekend → Tuesday
            ("2026-05-13", "2026-05-18"),  // Wednesday; Ascension Day → Monday
            ("2025-05-02", "2025-05-07"),  // Friday; Liberation Day 2025 (lustrum) → Wednesday
        ])
    func contactDue(registered: String, due: String) throws {
        let day = try #require(LocalDate(registered))
        #expect(calendar.contactDue(registeredOn: day) == LocalDate(due))
    }

    @Test(
        "R10: resolution is due at the end of the 28th calendar day, holidays or not",
        arguments: [("2026-11-23", "2026-12-21"), ("2026-11-28", "2026-12-26"), ("2028-02-10", "2028-03-09")])
    func resolutionDue(registered: String, due: String) throws {
        let day = try #require(LocalDate(registered))
        #expect(calendar.resolutionDue(registeredOn: day) == LocalDate(due))
    }

    @Test("R9: how the contact deadline was worked out is explained day by day")
    func explanation() throws {
        let text = calendar.explainContactDue(registeredOn: try #require(LocalDate("2026-04-24")))
        #expect(
            text
                == "registered Friday 2026-04-24; counted Tuesday 2026-04-28, Wednesday 2026-04-29; skipped "
                + "Saturday 2026-04-25 (weekend), Sunday 2026-04-26 (weekend), Monday 2026-04-27 (King's Day); "
                + "due end of Wednesday 2026-04-29 (R9)")
    }

    @Test(
        "Working days late counts only working days after the deadline",
        arguments: [
            ("2026-11-25", "2026-11-25", 0),  // due today: not late
            ("2026-11-25", "2026-11-26", 1),
            ("2026-11-20", "2026-11-23", 1),  // due Friday, Monday: the weekend does not count
            ("2026-12-24", "2026-12-28", 1),  // Christmas, Boxing Day and Sunday do not count
        ])
    func lateness(due: String, today: String, expected: Int) throws {
        let late = calendar.workingDaysOverdue(
            due: try #require(LocalDate(due)), today: try #require(LocalDate(today)))
        #expect(late == expected)
    }

    @Test("R8: working days between two days are counted as walking day by day would, over years and closing days")
    func countedLikeWalking() throws {
        let closing: Set<LocalDate> = [
            try #require(LocalDate("2026-12-24")), try #require(LocalDate("2027-05-07")),
            try #require(LocalDate("2026-12-27")),  // a Sunday: closed anyway
        ]
        let calendars = [
            calendar,
            WorkingDayCalendar(
                holidays: DutchHolidays(goodFriday: true, liberationDay: .always, extraClosingDays: closing)),
        ]
        var seed: UInt64 = 7
        for _ in 0..<400 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let start = LocalDate(dayNumber: 19_000 + Int(seed >> 33) % 4000)
            let end = start.adding(days: Int(seed >> 20) % 900 - 30)
            for calendar in calendars {
                var walked = 0
                var day = start.adding(days: 1)
                while day <= end {
                    if calendar.isWorkingDay(day) { walked += 1 }
                    day = day.adding(days: 1)
                }
                #expect(calendar.workingDays(after: start, through: end) == walked, "\(start) to \(end)")
            }
        }
    }
}
