/// Excel's date serials: days since the workbook's epoch, the time of day as the fraction.
///
/// The 1900 system (Windows Excel, Google Sheets) counts 1900-01-01 as day 1 and keeps Lotus'
/// 29 February 1900 (day 60), so from 1 March 1900 on, day 25569 is 1970-01-01. The 1904
/// system (old Mac Excel, `date1904` in the workbook) counts from 1904-01-01 as day 0.
enum ExcelDate {
    /// The workbook's date system.
    enum System: Sendable {
        case from1900, from1904
    }

    /// The serial as `yyyy-MM-dd HH:mm:ss`, or `yyyy-MM-dd` when it has no time of day and
    /// `withTime` is false; nil when it is no date Excel can show (negative, past 9999).
    static func text(_ serial: Double, system: System, withTime: Bool = true) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        // Milliseconds, rounded as Excel shows them, then whole seconds.
        let milliseconds = (serial * 86_400_000).rounded()
        let totalSeconds = Int(milliseconds / 1000)
        var day = totalSeconds / 86_400
        let seconds = totalSeconds % 86_400
        switch system {
        case .from1900:
            guard day >= 1 else { return nil }
            // Day 60 is Lotus' 29 February 1900, which never was: read as 1 March.
            day = day < 61 ? day - 25_568 : day - 25_569
        case .from1904:
            day -= 24_107
        }
        let date = LocalDate(dayNumber: day)
        guard withTime || seconds != 0 else { return date.description }
        let clock = [seconds / 3600, seconds / 60 % 60, seconds % 60].map { LocalDate.pad($0, 2) }
        return "\(date) " + clock.joined(separator: ":")
    }

    /// A plain number that may be a serial (`45248.604...`): digits with at most one point.
    static func serial(_ text: String) -> Double? {
        guard !text.isEmpty, text.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E }),
            text.utf8.count(where: { $0 == 0x2E }) <= 1
        else { return nil }
        return Double(text)
    }
}
