/// Decides which scores are low (R2).
public struct ScoringPolicy: Sendable {
    /// A score at or below this is low. The procedure says 6 on a scale of 1-10.
    public var lowThreshold: Double

    /// The policy with R2's default threshold of 6.
    public init(lowThreshold: Double = 6) {
        self.lowThreshold = lowThreshold
    }

    /// R2: low is 6 or lower; 6.5 is not low.
    public func isLow(_ score: Double) -> Bool { score <= lowThreshold }

    /// R3: the low scores of one response, whose score on each dimension `score` gives (nil:
    /// none), in the order of `Dimension.allCases`. Both readings of an import decide with it.
    public func lowScores(_ score: (Dimension) -> Double?) -> [LowScore] {
        var low: [LowScore] = []  // no allocation until a score is low
        for dimension in Dimension.ordered {
            if let value = score(dimension), isLow(value) { low.append(LowScore(dimension: dimension, score: value)) }
        }
        return low
    }
}
