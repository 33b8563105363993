/// Values that a `GrowableBuffer` filled, handed over whole rather than copied: a batch's field
/// bytes and ends leave the parser this way, so that the reading threads copy each field once.
///
/// `@unchecked Sendable`: immutable once made, and freed only when the last owner lets go.
final class HandedBuffer<Element: BitwiseCopyable>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<Element>
    let count: Int

    /// Takes ownership of `count` values at `base`, which `deinit` frees.
    init(adopting base: UnsafeMutablePointer<Element>, count: Int) {
        self.base = base
        self.count = count
    }

    /// Holds nothing.
    convenience init() {
        self.init(adopting: .allocate(capacity: 0), count: 0)
    }

    deinit { base.deallocate() }

    subscript(index: Int) -> Element {
        precondition(index >= 0 && index < count, "index out of range")
        return base[index]
    }

    /// Calls `body` with the values in place.
    func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<Element>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// A copy of the values in `range`.
    func copy(_ range: Range<Int>) -> [Element] {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "range out of bounds")
        return Array(UnsafeBufferPointer(start: base + range.lowerBound, count: range.count))
    }
}
