import Testing

@testable import EvalFeedbackCore

/// The scores the register stores and compares, one per dimension (R1): the import's write path
/// binds and reads them by `Dimension.allCases`, so a vector must hold every dimension.
@Suite("Score vectors (R1, R2)")
struct ScoreVectorTests {
    @Test("R1: a vector has room for every dimension, and a plain record's score bytes too")
    func roomForEveryDimension() {
        #expect(Dimension.allCases.count <= ScoreVector.capacity)
        #expect(ScoreVector.count == Dimension.allCases.count)
        #expect(Dimension.allCases.count <= UInt64.bitWidth / 8, "a plain record keeps a byte per dimension")
        #expect(Dimension.allCases.map(\.index) == Array(Dimension.allCases.indices))
    }

    @Test("R1: each dimension keeps its own score, and an empty one stays empty")
    func keepsEachScore() {
        let scores = Dimension.allCases.enumerated().map { place, _ in Double(place + 1) + 0.5 }
        var vector = ScoreVector { scores[$0.index] }
        for dimension in Dimension.allCases {
            #expect(vector[dimension] == scores[dimension.index], "\(dimension)")
            #expect(vector[dimension.index] == scores[dimension.index], "\(dimension)")
        }
        vector[.day] = nil
        #expect(vector[.day] == nil)
        #expect(ScoreVector()[.trainer] == nil)
    }

    @Test("R2: two vectors are equal only when every dimension has the same score or none on both")
    func equality() {
        let full = ScoreVector { _ in 7 }
        #expect(full == ScoreVector { _ in 7 })
        #expect(ScoreVector() == ScoreVector())
        for dimension in Dimension.allCases {
            var other = full
            other[dimension] = 6  // one lower score anywhere is a change
            #expect(other != full, "\(dimension)")
            other[dimension] = nil  // left empty where it was scored is a change too
            #expect(other != full, "\(dimension)")
        }
    }
}
