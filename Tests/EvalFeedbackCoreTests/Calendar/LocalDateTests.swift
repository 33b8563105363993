import Testing

@testable import EvalFeedbackCore

@Suite("Civil dates")
struct LocalDateTests {
    @Test("Day numbers round-trip over four centuries, leap days included")
    func roundTrip() {
        for number in stride(from: -200_000, through: 200_000, by: 97) {
            let date = LocalDate(dayNumber: number)
            #expect(date.dayNumber == number)
            #expect(LocalDate(year: date.year, month: date.month, day: date.day) == date)
        }
    }

    @Test(
        "Weekdays are ISO numbered, Monday 1",
        arguments: [("1970-01-01", 4), ("2026-11-23", 1), ("2026-11-29", 7), ("2000-02-29", 2)])
    func weekday(day: String, weekday: Int) throws {
        #expect(try #require(LocalDate(day)).weekday == weekday)
    }

    @Test(
        "Days that do not exist are not dates",
        arguments: ["2026-02-29", "2026-02-31", "2026-13-01", "2026-00-10", "2026-1-1", "26-11-2026", ""])
    func invalid(text: String) {
        #expect(LocalDate(text) == nil)
    }

    @Test("Quarters run from their first to their last day")
    func quarters() throws {
        let quarter = try #require(Quarter("2026-Q3"))
        #expect(quarter.firstDay == LocalDate("2026-07-01"))
        #expect(quarter.lastDay == LocalDate("2026-09-30"))
        #expect(Quarter(containing: try #require(LocalDate("2026-11-25"))).description == "2026-Q4")
        #expect(Quarter("2026-Q5") == nil)
        #expect(Quarter("Q3") == nil)
    }
}
