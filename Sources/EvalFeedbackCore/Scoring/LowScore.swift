/// One dimension a response scored low, with its score (R3).
public struct LowScore: Sendable, Codable, Hashable {
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

    /// The low scores a cell written by `text(_:)` holds; nil for a cell it did not write (a
    /// register's text from elsewhere is shown as it stands).
    public static func scores(in cell: String) -> [LowScore]? {
        var scores: [LowScore] = []
        for part in cell.split(separator: ",", omittingEmptySubsequences: false) {
            let words = part.split(separator: " ")
            guard words.count == 2, let score = Double(words[1]), (1...10).contains(score),
                let dimension = Dimension.allCases.first(where: { $0.label == words[0] })
            else { return nil }
            scores.append(LowScore(dimension: dimension, score: score))
        }
        return scores.isEmpty ? nil : scores
    }
}
