import Testing

@testable import EvalFeedbackCore

/// The Dutch public holidays 2020-2030 as the government publishes them (rijksoverheid.nl,
/// "Feestdagen"): Easter Monday, King's Day, Ascension Day and Whit Monday per year.
/// New Year's Day, Christmas and Boxing Day fall on fixed dates.
private let published: [Int: [String]] = [
    2020: ["2020-04-13", "2020-04-27", "2020-05-21", "2020-06-01"],
    2021: ["2021-04-05", "2021-04-27", "2021-05-13", "2021-05-24"],
    2022: ["2022-04-18", "2022-04-27", "2022-05-26", "2022-06-06"],
    2023: ["2023-04-10", "2023-04-27", "2023-05-18", "2023-05-29"],
    2024: ["2024-04-01", "2024-04-27", "2024-05-09", "2024-05-20"],
    2025: ["2025-04-21", "2025-04-26", "2025-05-29", "2025-06-09"],
    2026: ["2026-04-06", "2026-04-27", "2026-05-14", "2026-05-25"],
    2027: ["2027-03-29", "2027-04-27", "2027-05-06", "2027-05-17"],
    2028: ["2028-04-17", "2028-04-27", "2028-05-25", "2028-06-05"],
    2029: ["2029-04-02", "2029-04-27", "2029-05-10", "2029-05-21"],
    2030: ["2030-04-22", "2030-04-27", "2030-05-30", "2030-06-10"],
]

/// Good Friday per year, for academies that close on it.
private let goodFridays = [
    2020: "2020-04-10", 2021: "2021-04-02", 2022: "2022-04-15", 2023: "2023-04-07", 2024: "2024-03-29",
    2025: "2025-04-18", 2026: "2026-04-03", 2027: "2027-03-26", 2028: "2028-04-14", 2029: "2029-03-30",
    2030: "2030-04-19",
]

@Suite("R8: the computed Dutch holidays against the published dates, 2020-2030")
struct PublishedHolidaysTests {
    @Test(
        "Each year's closed days are exactly the published holidays (Liberation Day in lustrum years)",
        arguments: 2020...2030)
    func year(_ year: Int) throws {
        var expected = ["\(year)-01-01"] + (published[year] ?? []) + ["\(year)-12-25", "\(year)-12-26"]
        if year % 5 == 0 { expected.append("\(year)-05-05") }
        let computed = WorkingDayCalendar.netherlands().closedDays(in: year).map(\.date.description)
        #expect(computed == expected.sorted())
    }

    @Test("Good Friday, when configured, is two days before Easter", arguments: 2020...2030)
    func goodFriday(_ year: Int) throws {
        let calendar = WorkingDayCalendar(holidays: DutchHolidays(goodFriday: true))
        let date = try #require(LocalDate(goodFridays[year] ?? ""))
        #expect(calendar.holidays.holiday(on: date) == "Good Friday")
        #expect(date.weekday == 5)
    }

    @Test("King's Day moves to Saturday 26 April when the 27th is a Sunday (2025), and costs no working day")
    func kingsDayOnSunday() throws {
        let days = WorkingDayCalendar.netherlands().closedDays(in: 2025)
        let kingsDay = try #require(days.first { $0.reason == "King's Day" })
        #expect(kingsDay.date.description == "2025-04-26")
        #expect(kingsDay.onWeekend)
    }

    @Test("The year's working days: 2027 has 261 weekdays; 5 holidays fall on them (Christmas is a weekend)")
    func workingDayCount() {
        #expect(WorkingDayCalendar.netherlands().workingDayCount(in: 2027) == 256)
    }
}
