/// A day in Dutch civil time, without a time of day or a time zone.
///
/// Deadlines (R9, R10) are days, not instants: "due Tuesday" means the end of Tuesday in the
/// Netherlands, whatever machine computes it. Using a `Date` at midnight would move a deadline
/// by a day whenever a time zone or daylight-saving change sneaks in.
public struct LocalDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The year, e.g. 2026.
    public let year: Int
    /// The month, 1-12.
    public let month: Int
    /// The day of the month, 1-31.
    public let day: Int

    /// Creates a date, or nil when the day does not exist (31 February, month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...LocalDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Creates a date from components the caller has computed to be valid.
    init(checked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses the ISO form `yyyy-MM-dd`, as used on the command line and in the database.
    ///
    /// Read from the bytes: lists read three dates from each of a hundred thousand cases.
    public init?(_ iso: String) {
        self.init(isoBytes: iso.utf8)
    }

    /// Parses `yyyy-MM-dd` from bytes: a stored date, or an export's date cell read in place.
    init?(isoBytes bytes: some Collection<UInt8>) {
        var digits: (year: Int, month: Int, day: Int) = (0, 0, 0)
        var index = 0
        for byte in bytes {
            switch index {
            case 4, 7:
                guard byte == 0x2D else { return nil }
            case 0..<10:
                let digit = Int(byte &- 0x30)
                guard byte >= 0x30, digit < 10 else { return nil }
                if index < 4 {
                    digits.year = digits.year * 10 + digit
                } else if index < 7 {
                    digits.month = digits.month * 10 + digit
                } else {
                    digits.day = digits.day * 10 + digit
                }
            default: return nil
            }
            index += 1
        }
        guard index == 10 else { return nil }
        self.init(year: digits.year, month: digits.month, day: digits.day)
    }

    /// Creates the date that lies `dayNumber` days after 1970-01-01.
    public init(dayNumber: Int) {
        // Howard Hinnant's civil_from_days: exact for every Gregorian date.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// Days since 1970-01-01: the arithmetic form of the date.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day of the week, 1 = Monday ... 7 = Sunday (ISO 8601).
    public var weekday: Int {
        let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday
        return (w < 0 ? w + 7 : w) + 1
    }

    /// True on Saturday and Sunday.
    public var isWeekend: Bool { weekday >= 6 }

    /// The English name of the weekday, for explanations of deadlines.
    public var weekdayName: String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][weekday - 1]
    }

    /// The quarter of the year this day falls in, 1-4.
    public var quarter: Int { (month - 1) / 3 + 1 }

    /// The date `days` calendar days later (or earlier when negative).
    public func adding(days: Int) -> LocalDate { LocalDate(dayNumber: dayNumber + days) }

    /// The same day `years` later (or earlier); 29 February becomes 28 February in a common year.
    public func adding(years: Int) -> LocalDate {
        let target = year + years
        return LocalDate(checked: target, month, min(day, LocalDate.daysIn(month: month, year: target)))
    }

    /// `yyyy-MM-dd`.
    public var description: String {
        guard (0...9999).contains(year) else {
            return "\(LocalDate.pad(year, 4))-\(LocalDate.pad(month, 2))-\(LocalDate.pad(day, 2))"
        }
        // Written digit by digit: a follow-up list spells a date in each of a hundred thousand lines.
        return String(unsafeUninitializedCapacity: 10) { text in
            func put(_ value: Int, at offset: Int, width: Int) {
                var rest = value
                for place in (0..<width).reversed() {
                    text[offset + place] = UInt8(0x30 + rest % 10)
                    rest /= 10
                }
            }
            put(year, at: 0, width: 4)
            put(month, at: 5, width: 2)
            put(day, at: 8, width: 2)
            text[4] = 0x2D
            text[7] = 0x2D
            return 10
        }
    }

    /// Earlier first.
    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool { lhs.dayNumber < rhs.dayNumber }

    /// Why `text` is not a date, for a message: a day that does not exist in its month (`2027
    /// is no leap year: February 2027 has 28 days`), or the form to write it in.
    public static func whyNotADate(_ text: String) -> String {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) })
        else { return "write it as yyyy-MM-dd, e.g. 2026-11-23" }
        guard (1...12).contains(month) else { return "there is no month \(month); months run from 01 to 12" }
        let days = daysIn(month: month, year: year)
        guard (1...days).contains(day) else {
            if month == 2, day == 29 { return "\(year) is no leap year: February \(year) has 28 days" }
            return "\(months[month - 1]) has \(days) days"
        }
        return "write it as yyyy-MM-dd, e.g. 2026-11-23"
    }

    /// The number of days in a month, with Gregorian leap years.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Encoded as `yyyy-MM-dd`, as people and other programs expect a date in JSON.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Decodes `yyyy-MM-dd`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = LocalDate(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not yyyy-MM-dd")
        }
        self = date
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
