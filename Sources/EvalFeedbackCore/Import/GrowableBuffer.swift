/// A buffer of plain values that grows by doubling, for libcsv's callbacks: an append is a
/// bounds check and a copy, with none of an array's uniqueness checks. The owner frees it.
struct GrowableBuffer<Element: BitwiseCopyable> {
    private(set) var base: UnsafeMutablePointer<Element>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 1024) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    /// Frees the memory; the buffer must not be used afterwards.
    func deallocate() { base.deallocate() }

    subscript(index: Int) -> Element { base[index] }

    var last: Element? { count == 0 ? nil : base[count - 1] }

    mutating func append(_ element: Element) {
        reserve(count + 1)
        base[count] = element
        count += 1
    }

    mutating func append(_ elements: UnsafeBufferPointer<Element>) {
        guard let source = elements.baseAddress, !elements.isEmpty else { return }
        reserve(count + elements.count)
        (base + count).update(from: source, count: elements.count)
        count += elements.count
    }

    /// Keeps only the first `newCount` elements.
    mutating func truncate(to newCount: Int) { count = min(count, newCount) }

    /// Hands the elements over without a copy, and goes on empty, in new memory with the same
    /// room (a batch's worth: no growing on the way).
    mutating func handOver() -> HandedBuffer<Element> {
        let handed = HandedBuffer(adopting: base, count: count)
        base = .allocate(capacity: capacity)
        count = 0
        return handed
    }

    @inline(__always)
    private mutating func reserve(_ needed: Int) {
        if needed > capacity { grow(to: needed) }
    }

    private mutating func grow(to needed: Int) {
        let grown = max(needed, capacity * 2)
        let larger = UnsafeMutablePointer<Element>.allocate(capacity: grown)
        larger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity = grown
    }
}
