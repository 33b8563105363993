/// The Dutch public holidays of R8, computed for any year (no year tables to run out).
public struct DutchHolidays: Sendable, Equatable {
    /// When Liberation Day (5 May) is a closing day.
    public enum LiberationDayRule: String, Sendable, CaseIterable {
        /// Never a closing day.
        case never
        /// Only in lustrum years (2025, 2030, ...), as most collective agreements have it.
        case lustrumYears = "lustrum"
        /// Every year.
        case always
    }

    /// Whether Good Friday is a closing day (R8: configurable, off by default).
    public var goodFriday: Bool
    /// When Liberation Day is a closing day (R8: on by default in lustrum years).
    public var liberationDay: LiberationDayRule
    /// Extra days the academy is closed (e.g. between Christmas and New Year).
    public var extraClosingDays: Set<LocalDate>

    /// The academy's defaults from R8.
    public init(
        goodFriday: Bool = false, liberationDay: LiberationDayRule = .lustrumYears,
        extraClosingDays: Set<LocalDate> = []
    ) {
        self.goodFriday = goodFriday
        self.liberationDay = liberationDay
        self.extraClosingDays = extraClosingDays
    }

    /// The name of the holiday on `date`, or nil on an ordinary day.
    public func holiday(on date: LocalDate) -> String? { closure(on: date)?.rawValue }

    /// The holiday on `date`, or nil on an ordinary day.
    public func closure(on date: LocalDate) -> Holiday? {
        if extraClosingDays.contains(date) { return .closingDay }
        switch (date.month, date.day) {
        case (1, 1): return .newYearsDay
        case (12, 25): return .christmasDay
        case (12, 26): return .boxingDay
        case (5, 5) where liberationDay == .always || (liberationDay == .lustrumYears && date.year % 5 == 0):
            return .liberationDay
        default: break
        }
        if date == kingsDay(date.year) { return .kingsDay }
        let easter = Self.easterSunday(date.year)
        switch date.dayNumber - easter.dayNumber {
        case -2 where goodFriday: return .goodFriday
        case 1: return .easterMonday
        case 39: return .ascensionDay
        case 50: return .whitMonday
        default: return nil
        }
    }

    /// Every day of `year` that may be closed: the fixed and moving holidays and the extra
    /// closing days (`holiday(on:)` decides which are). Counting working days over months
    /// checks these few days rather than every day.
    func candidateDays(in year: Int) -> [LocalDate] {
        let easter = Self.easterSunday(year)
        let fixed = [(1, 1), (5, 5), (12, 25), (12, 26)].map { LocalDate(checked: year, $0.0, $0.1) }
        let moving = [-2, 1, 39, 50].map { easter.adding(days: $0) }
        return fixed + moving + [kingsDay(year)] + extraClosingDays.filter { $0.year == year }
    }

    /// King's Day: 27 April, or 26 April when the 27th is a Sunday.
    func kingsDay(_ year: Int) -> LocalDate {
        let the27th = LocalDate(checked: year, 4, 27)
        return the27th.weekday == 7 ? the27th.adding(days: -1) : the27th
    }

    /// Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    public static func easterSunday(_ year: Int) -> LocalDate {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return LocalDate(checked: year, month, day)
    }
}
