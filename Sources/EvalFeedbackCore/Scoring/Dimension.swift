/// The four things an evaluation scores (R1).
public enum Dimension: String, Sendable, CaseIterable, Codable {
    case training
    case day
    case facilities
    case trainer

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
