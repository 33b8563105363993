/// Room for texts that are bound to a statement as bytes: a response the general reading made
/// is stored from its strings copied here, so that every text bound on the import's hot path
/// is bytes in place (`BoundText`), which copies without reference counting.
///
/// Memory comes in blocks that never move, so what was handed out stays valid until `reset`.
final class TextArena {
    private static let blockSize = 16 * 1024
    private var blocks: [UnsafeMutableBufferPointer<UInt8>] = []
    /// Where the next text goes in the last block.
    private var used = 0

    deinit { for block in blocks { block.deallocate() } }

    /// `text`'s UTF-8 copied into the arena, or NULL for nil.
    func text(_ text: String?) -> BoundText {
        guard let text else { return .null }
        let count = text.utf8.count
        if blocks.isEmpty || used + count > blocks[blocks.count - 1].count {
            blocks.append(.allocate(capacity: max(Self.blockSize, count)))
            used = 0
        }
        let block = blocks[blocks.count - 1]
        let written = UnsafeMutableBufferPointer(rebasing: block[used..<used + count]).initialize(from: text.utf8).1
        defer { used += count }
        return .bytes(UnsafeBufferPointer(rebasing: block[used..<used + written]))
    }

    /// Forgets every text handed out: none of them may be used after.
    func reset() {
        guard blocks.count > 1 || used > 0 else { return }
        for block in blocks.dropFirst() { block.deallocate() }
        blocks.removeLast(blocks.count - 1)
        used = 0
    }
}
