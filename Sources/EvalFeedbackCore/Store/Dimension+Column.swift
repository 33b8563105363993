extension Dimension {
    /// The `response` column holding this dimension's score: named after the dimension, so that
    /// every read that lists the scores follows `allCases`. A new dimension needs a migration
    /// adding its column; `SchemaTests` fails until it has one.
    var scoreColumn: String { "score_" + rawValue }

    /// Every dimension's score column in `allCases` order, for a select list.
    static let scoreColumns = allCases.map(\.scoreColumn).joined(separator: ", ")
}
