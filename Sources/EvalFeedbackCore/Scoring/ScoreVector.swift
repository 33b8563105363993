/// A response's score on each dimension, or none where it was left empty (not applicable):
/// what the register stores and compares, in `Dimension.allCases` order.
///
/// Inline, with room for `capacity` dimensions, so that a new dimension changes no code here
/// and no row of the import allocates: a million responses are each made, copied and compared.
/// An empty score is kept as NaN, which no score read from an export is (R1).
struct ScoreVector: Equatable {
    /// How many dimensions a vector has room for; `ScoreVectorTests` checks `Dimension.allCases`
    /// fits.
    static let capacity = 8
    /// How many scores a response has: one per dimension.
    static let count = Dimension.ordered.count

    private var values = InlineArray<8, Double>(repeating: .nan)

    /// No scores at all.
    init() {}

    /// Each dimension's score as `score` gives it.
    init(_ score: (Dimension) -> Double?) {
        for dimension in Dimension.ordered { self[dimension] = score(dimension) }
    }

    /// The score on `dimension`.
    subscript(dimension: Dimension) -> Double? {
        get { self[dimension.index] }
        set { self[dimension.index] = newValue }
    }

    /// The score at `index` in `Dimension.allCases` order: for binding and reading columns in
    /// that order without making a dimension per row.
    subscript(index: Int) -> Double? {
        get {
            let value = values[index]
            return value.isNaN ? nil : value
        }
        set { values[index] = newValue ?? .nan }
    }

    /// Equal when every dimension has the same score, or none on both.
    static func == (left: ScoreVector, right: ScoreVector) -> Bool {
        for index in 0..<count where left[index] != right[index] { return false }
        return true
    }
}
