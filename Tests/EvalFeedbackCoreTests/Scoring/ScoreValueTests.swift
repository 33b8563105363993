import Testing

@testable import EvalFeedbackCore

@Suite("Scores (R1, R2, R4)")
struct ScoreValueTests {
    @Test(
        "R2: decimals are scores, with a comma or a point",
        arguments: [("7,5", 7.5), ("7.5", 7.5), (" 6 ", 6), ("10", 10), ("1", 1), ("06", 6)])
    func decimals(text: String, value: Double) {
        #expect(ScoreValue(parsing: text) == .score(value))
    }

    @Test("R2: 6 or lower is low, 6.5 is not")
    func threshold() {
        let policy = ScoringPolicy()
        #expect(policy.isLow(6))
        #expect(policy.isLow(1))
        #expect(!policy.isLow(6.5))
        #expect(!policy.isLow(7))
        let scores: [Dimension: Double] = [.training: 6, .day: 6.5, .facilities: 3, .trainer: 9]
        #expect(
            policy.lowScores { scores[$0] } == [
                LowScore(dimension: .training, score: 6), LowScore(dimension: .facilities, score: 3),
            ])
        // Every dimension is checked, the last one (the trainer, R3's heart) too.
        #expect(policy.lowScores { $0 == .trainer ? 2 : 8 } == [LowScore(dimension: .trainer, score: 2)])
        #expect(ScoringPolicy(lowThreshold: 5).lowScores { _ in 6 } == [])
    }

    @Test(
        "R4: empty and not applicable are not scores",
        arguments: ["", "  ", "n.v.t.", "N.V.T.", "nvt", "N/A", "n/a", "-", "Geen mening"])
    func notApplicable(text: String) {
        #expect(ScoreValue(parsing: text) == .notApplicable)
    }

    @Test(
        "R4: invalid values are reported, not scores",
        arguments: ["0", "11", "zes", "7/10", "-3", "1e1", "10.5", "7,5,1", ".5", "100", "٧"])
    func invalid(text: String) {
        #expect(ScoreValue(parsing: text) == .invalid(text))
    }
}
