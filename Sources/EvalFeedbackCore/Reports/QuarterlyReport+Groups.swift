extension QuarterlyReport.GroupFigures {
    /// Per training or trainer, from each stored name's sums (`PeriodTables`): names that
    /// differ only in surrounding spaces, and blanks, are one row each; fewer than five
    /// responses are grouped, so that nobody can be recognised. With `byNameKey` (trainers),
    /// names that differ only in case or accents (`Mehmet Yilmaz`, `Mehmet Yılmaz`) are one
    /// row too, shown in the spelling most responses use.
    static func grouped(_ sums: [String: [Double]], byNameKey: Bool = false) -> [QuarterlyReport.GroupFigures] {
        var merged: [String: [Double]] = [:]
        var spellings: [String: [String: Double]] = [:]
        for (stored, values) in sums {
            let name = stored.trimmedOrNil ?? QuarterlyReport.GroupFigures.notGiven
            let key = byNameKey && stored.trimmedOrNil != nil ? NameKey.of(name) : name
            merged[key] = zip(merged[key] ?? Array(repeating: 0, count: PeriodTables.width), values).map(+)
            spellings[key, default: [:]][name, default: 0] += values[0]
        }
        // The most used spelling; between equals, the first in order.
        merged = Dictionary(
            merged.map { key, values in
                let spelled = spellings[key]?.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }
                return (spelled?.key ?? key, values)
            }, uniquingKeysWith: { zip($0, $1).map(+) })
        var groups: [QuarterlyReport.GroupFigures] = []
        var small = (names: 0, values: [Double](repeating: 0, count: PeriodTables.width))
        for (name, values) in merged.sorted(by: { $0.key < $1.key }) {
            if values[0] < 5 {
                small.names += 1
                small.values = zip(small.values, values).map(+)
            } else {
                groups.append(figures(name, values))
            }
        }
        if small.values[0] > 0 {
            groups.append(figures(QuarterlyReport.GroupFigures.otherName(small.names), small.values))
        }
        return groups
    }

    /// A row of responses, flagged, then a sum and a count per dimension.
    private static func figures(_ name: String, _ values: [Double]) -> QuarterlyReport.GroupFigures {
        .init(
            name: name, responses: Int(values[0]),
            means: Dimension.allCases.indices.map {
                values[3 + $0 * 2] == 0 ? nil : values[2 + $0 * 2] / values[3 + $0 * 2]
            },
            low: .init(count: Int(values[1]), of: Int(values[0])))
    }
}
