/// The period a quality report covers: a quarter, or any `--from`/`--to` span, with the two
/// periods it is compared with.
public struct ReportPeriod: Sendable, Codable, Equatable {
    /// `2026-Q4`, or `2026-10-01 to 2026-11-26`.
    public let label: String
    /// The first day.
    public let from: LocalDate
    /// The last day.
    public let to: LocalDate

    /// A quarter.
    public init(_ quarter: Quarter) {
        label = quarter.description
        from = quarter.firstDay
        to = quarter.lastDay
    }

    /// Any span of days.
    public init(from: LocalDate, to: LocalDate) {
        label = "\(from) to \(to)"
        self.from = from
        self.to = to
    }

    private init(label: String, from: LocalDate, to: LocalDate) {
        self.label = label
        self.from = from
        self.to = to
    }

    /// True when the period is one calendar quarter.
    var quarter: Quarter? {
        let quarter = Quarter(containing: from)
        return quarter.firstDay == from && quarter.lastDay == to ? quarter : nil
    }

    /// The period just before: the previous quarter, or as many days before.
    public var previous: ReportPeriod {
        if let quarter {
            let number = quarter.number == 1 ? 4 : quarter.number - 1
            let year = quarter.number == 1 ? quarter.year - 1 : quarter.year
            return ReportPeriod(Quarter(containing: LocalDate(checked: year, number * 3, 1)))
        }
        let length = to.dayNumber - from.dayNumber + 1
        let end = from.adding(days: -1)
        return ReportPeriod(
            label: "\(end.adding(days: -(length - 1))) to \(end)", from: end.adding(days: -(length - 1)), to: end)
    }

    /// The same period a year earlier.
    public var yearEarlier: ReportPeriod {
        if let quarter {
            return ReportPeriod(Quarter(containing: LocalDate(checked: quarter.year - 1, quarter.number * 3, 1)))
        }
        let start = from.adding(years: -1)
        let end = to.adding(years: -1)
        return ReportPeriod(label: "\(start) to \(end)", from: start, to: end)
    }
}
