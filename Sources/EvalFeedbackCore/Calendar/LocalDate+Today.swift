import Foundation

extension LocalDate {
    /// The day it is now in the Netherlands, where the procedure's deadlines run: the day the
    /// command line and the server act on unless told `--as-of`.
    public static func todayInTheNetherlands() -> LocalDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return LocalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? LocalDate(dayNumber: 0)
    }
}
