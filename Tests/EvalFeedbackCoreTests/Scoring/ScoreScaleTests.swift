import Testing

@testable import EvalFeedbackCore

@Suite("Score answers as survey tools write them (R2, R4)")
struct ScoreScaleTests {
    @Test(
        "Labels with a leading number are read by the number",
        arguments: [
            ("10 - Uitstekend", 10.0), ("1 - Zeer slecht", 1), ("8 (goed)", 8), ("7,5 ruim voldoende", 7.5), ("6", 6),
            ("3 - Slecht", 3),
        ])
    func labels(text: String, score: Double) {
        #expect(ScoreScale().read(text) == .score(score))
    }

    @Test(
        "R4: words and codes for no answer are not scores",
        arguments: ["Geen mening", "No opinion", "-99", "n.v.t.", ""])
    func notApplicable(text: String) {
        #expect(ScoreScale().read(text) == .notApplicable)
    }

    @Test("LimeSurvey's answer codes: A1-A10 are scores, A90 and up no opinion, anything else invalid")
    func answerCodes() {
        let codes = ScoreScale(answerCodes: true)
        #expect(codes.read("A6") == .score(6))
        #expect(codes.read("A10") == .score(10))
        #expect(codes.read("A99") == .notApplicable)
        #expect(codes.read("A0") == .invalid("A0"))
        #expect(codes.read("A11") == .invalid("A11"))
        #expect(ScoreScale().read("A6") == .invalid("A6"), "only where the profile or mapping says so")
    }

    @Test("R2 on a reversed scale (1 = excellent): answer 5 is score 6, low; 4,5 is 6.5, not low")
    func reversed() {
        let scale = ScoreScale(reversed: true, notApplicable: ["99"])
        #expect(scale.read("5") == .score(6))
        #expect(scale.read("4,5") == .score(6.5))
        #expect(scale.read("1") == .score(10))
        #expect(scale.read("99") == .notApplicable)
        #expect(scale.read("0") == .invalid("0"))
    }

    @Test("Text after a number that is not a label keeps the cell invalid", arguments: ["8abc", "zes", "11 - Super"])
    func invalid(text: String) {
        #expect(ScoreScale().read(text) == .invalid(text))
    }
}
