import Testing

@testable import EvalFeedbackCore

@Suite("Dates as exports write them")
struct ExportTimestampTests {
    @Test(
        "ISO and Dutch forms are read, with or without a time",
        arguments: [
            ("2026-11-23", "2026-11-23"),
            ("2026-11-23T14:05:09", "2026-11-23 14:05:09"),
            ("2026-11-23 14:05", "2026-11-23 14:05:00"),
            ("2026-11-23T14:05:09.123Z", "2026-11-23 14:05:09"),
            ("23-11-2026", "2026-11-23"),
            ("23-11-2026 14:05", "2026-11-23 14:05:00"),
            ("3-1-2026 9:05:07", "2026-01-03 09:05:07"),
            ("23/11/2026", "2026-11-23"),
            ("23.11.2026", "2026-11-23"),
        ])
    func readable(text: String, stored: String) throws {
        #expect(try #require(ExportTimestamp(parsing: text)).storedForm == stored)
    }

    @Test(
        "Days that do not exist and other text are not dates",
        arguments: [
            "31-02-2026", "2026-02-30", "gisteren", "23-11-26", "2026-11-23 25:00", "13/13/2026", "", "2026-11",
            "11/23/2026 13:05 PM",
        ])
    func unreadable(text: String) {
        #expect(ExportTimestamp(parsing: text) == nil)
    }

    @Test(
        "US exports: month first where the file says so, a day above 12 decides by itself, 12-hour clocks",
        arguments: [
            ("11/23/2026 02:05:09 PM", true, "2026-11-23 14:05:09"),
            ("03/04/2026 12:30:00 AM", true, "2026-03-04 00:30:00"),
            ("03/04/2026 12:30:00 PM", true, "2026-03-04 12:30:00"),
            ("03/04/2026", false, "2026-04-03"),
            ("23/11/2026", true, "2026-11-23"),
            ("11/23/2026", false, "2026-11-23"),
        ])
    func monthFirst(text: String, monthFirst: Bool, stored: String) throws {
        #expect(try #require(ExportTimestamp(parsing: text, monthFirst: monthFirst)).storedForm == stored)
    }
}
