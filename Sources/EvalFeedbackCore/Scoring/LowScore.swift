/// One dimension a response scored low, with its score (R3).
public struct LowScore: Sendable, Codable, Equatable {
    /// What was scored.
    public let dimension: Dimension
    /// The score, 1-10.
    public let score: Double

    /// A low score of `score` on `dimension`.
    public init(dimension: Dimension, score: Double) {
        self.dimension = dimension
        self.score = score
    }

    /// `trainer 4`, `day 5.5`: how lists show it.
    public var text: String { "\(dimension.label) \(LowScore.format(score))" }

    /// A score without a needless `.0`.
    public static func format(_ score: Double) -> String {
        score == score.rounded() ? String(Int(score)) : String(score)
    }

    /// Several low scores as one cell: `training 5, trainer 4`.
    public static func text(_ scores: [LowScore]) -> String { scores.map(\.text).joined(separator: ", ") }
}
