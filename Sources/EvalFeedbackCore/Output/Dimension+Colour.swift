extension Dimension {
    /// The colour of this dimension's series in the report's charts: chosen per dimension (no
    /// `default`), so that a new dimension makes the compiler ask for one that can be told apart.
    var chartColour: String {
        switch self {
        case .training: "#2563eb"
        case .day: "#16a34a"
        case .facilities: "#d97706"
        case .trainer: "#9333ea"
        }
    }
}
