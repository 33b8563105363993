/// A date, with a time of day when the export gives one, as survey tools and Excel write them.
///
/// Accepted: ISO (`2026-11-23`, `2026-11-23T14:05:09`, `2026-11-23 14:05`) and Dutch
/// (`23-11-2026`, `23-11-2026 14:05`, also with `/` or `.`). Day-first is assumed for the
/// non-ISO forms: these are Dutch exports. A day that does not exist (`31-02-2026`) is not read.
public struct ExportTimestamp: Sendable, Equatable {
    /// The day.
    public let date: LocalDate
    /// Seconds after midnight, when the export gave a time.
    public let secondsOfDay: Int?

    /// A timestamp read elsewhere (`PlainText.isoTimestamp`).
    init(date: LocalDate, secondsOfDay: Int?) {
        self.date = date
        self.secondsOfDay = secondsOfDay
    }

    /// Parses `text`; nil when it is not one of the accepted forms. With `monthFirst`, an
    /// ambiguous `3/4/2026` is March 4th (US exports; `3-4-2026` stays Dutch, April 3rd); a day
    /// above 12 decides by itself.
    public init?(parsing text: String, monthFirst: Bool = false) {
        let trimmed = text.trimmed
        let split = trimmed.firstIndex(where: { $0 == "T" || $0 == " " }) ?? trimmed.endIndex
        guard let date = Self.parseDate(trimmed[..<split], monthFirst: monthFirst) else { return nil }
        self.date = date
        if split == trimmed.endIndex {
            secondsOfDay = nil
        } else {
            guard let seconds = Self.parseTime(trimmed[trimmed.index(after: split)...]) else { return nil }
            secondsOfDay = seconds
        }
    }

    /// `yyyy-MM-dd HH:mm:ss`, or `yyyy-MM-dd` without a time: the form stored.
    public var storedForm: String {
        guard let seconds = secondsOfDay else { return date.description }
        let h = LocalDate.pad(seconds / 3600, 2)
        let m = LocalDate.pad(seconds / 60 % 60, 2)
        let s = LocalDate.pad(seconds % 60, 2)
        return "\(date) \(h):\(m):\(s)"
    }

    private static func parseDate(_ text: Substring, monthFirst: Bool) -> LocalDate? {
        guard let separator = text.first(where: { $0 == "-" || $0 == "/" || $0 == "." }) else { return nil }
        let parts = text.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
            let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2])
        else { return nil }
        if parts[0].count == 4, separator == "-" || separator == "/" {
            return LocalDate(year: a, month: b, day: c)
        }
        guard parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2 else { return nil }
        if b > 12 || (monthFirst && separator == "/" && a <= 12) { return LocalDate(year: c, month: a, day: b) }
        return LocalDate(year: c, month: b, day: a)
    }

    private static func parseTime(_ text: Substring) -> Int? {
        var clock = text.trimmed
        var offset = 0
        // Letters mean a zone name or a 12-hour clock; most exports have neither, and are spared the search.
        if clock.utf8.contains(where: { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A && $0 != 0x54 && $0 != 0x5A }) {
            // A zone name after the time (`2:05:09 PM GMT+1`, Google's export) is dropped with its offset.
            for zone in [" GMT", " UTC", " CET", " CEST"] {
                if let found = clock.firstRange(of: zone) { clock = String(clock[..<found.lowerBound]) }
            }
            // A 12-hour clock (`02:05:09 PM`), as SurveyMonkey and US exports write it.
            let upper = clock.uppercased()
            guard upper.hasSuffix("AM") || upper.hasSuffix("PM") else { return nil }
            offset = upper.hasSuffix("PM") ? 12 * 3600 : 0
            clock = String(clock.dropLast(2)).trimmed
            guard let hour = Int(clock.prefix { $0.isASCIIDigit }), (1...12).contains(hour) else { return nil }
            if hour == 12 { offset -= 12 * 3600 }
        }
        // A zone or fraction after the seconds (`Z`, `+01:00`, `.123`) does not change the day
        // the client wrote on in a Dutch export; it is dropped.
        if let cut = clock.firstIndex(where: { $0 == "Z" || $0 == "+" || $0 == "." }) {
            clock = String(clock[..<cut])
        }
        let parts = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count),
            parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) })
        else { return nil }
        let numbers = parts.compactMap { Int($0) }
        let seconds = numbers.count == 3 ? numbers[2] : 0
        guard numbers[0] < 24, numbers[1] < 60, seconds < 60 else { return nil }
        return numbers[0] * 3600 + numbers[1] * 60 + seconds + offset
    }

    /// What a slash date says about the file's order: true for month-first (`11/23/2026`),
    /// false for day-first (`23/11/2026`), nil when it cannot tell (`03/04/2026`).
    static func slashOrderEvidence(_ text: String) -> Bool? {
        let date = text.trimmed.prefix { $0 != " " && $0 != "T" }
        let parts = date.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 4, let a = Int(parts[0]), let b = Int(parts[1]) else { return nil }
        if a > 12, b <= 12 { return false }
        if b > 12, a <= 12 { return true }
        return nil
    }
}
