/// The four things an evaluation scores (R1).
public enum Dimension: String, Sendable, CaseIterable, Codable {
    case training
    case day
    case facilities
    case trainer

    /// Every dimension in `allCases` order, made once: `allCases` makes its array anew at each
    /// use, and an import goes through the dimensions for every response it reads.
    static let ordered = allCases

    /// The dimension's place in `allCases`: where per-dimension values are kept in order.
    public var index: Int {
        switch self {
        case .training: 0
        case .day: 1
        case .facilities: 2
        case .trainer: 3
        }
    }

    /// The name used in lists and reports.
    public var label: String {
        switch self {
        case .training: "training"
        case .day: "day"
        case .facilities: "facilities"
        case .trainer: "trainer"
        }
    }
}
