import EvalFeedbackCore
import Testing

@Suite("Low scores as the register keeps them")
struct LowScoreTests {
    @Test("A cell the library wrote reads back as the same low scores, for every dimension")
    func readsBack() {
        let scores = Dimension.allCases.enumerated().map { LowScore(dimension: $1, score: Double($0) + 1.5) }
        #expect(LowScore.scores(in: LowScore.text(scores)) == scores)
        #expect(LowScore.scores(in: "trainer 4") == [LowScore(dimension: .trainer, score: 4)])
    }

    @Test("A cell the library did not write is not read as low scores", arguments: ["", "trainer", "zaal 4", "trainer 11", "trainer 4,", "day 5 facilities 4"])
    func foreignCell(cell: String) {
        #expect(LowScore.scores(in: cell) == nil)
    }
}
