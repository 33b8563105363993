import Foundation

/// A calendar quarter, written `2026-Q3`.
public struct Quarter: Sendable, Equatable, Codable, CustomStringConvertible {
    /// The year.
    public let year: Int
    /// 1-4.
    public let number: Int

    /// Parses `2026-Q3` (also `2026Q3` and lowercase `q`).
    public init?(_ text: String) {
        let compact = text.uppercased().replacingOccurrences(of: "-", with: "")
        let parts = compact.split(separator: "Q", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), let number = Int(parts[1]),
            (1...4).contains(number), (1...9999).contains(year)
        else { return nil }
        self.year = year
        self.number = number
    }

    /// The quarter `date` falls in.
    public init(containing date: LocalDate) {
        year = date.year
        number = date.quarter
    }

    /// The quarter's first day.
    public var firstDay: LocalDate { LocalDate(checked: year, (number - 1) * 3 + 1, 1) }

    /// The quarter's last day.
    public var lastDay: LocalDate {
        let month = number * 3
        return LocalDate(checked: year, month, LocalDate.daysIn(month: month, year: year))
    }

    /// The message for the user: where, what, and what to do.
    public var description: String { "\(year)-Q\(number)" }
}
