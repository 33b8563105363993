/// The keys a bulk import has stored, as hashes (`ImportWriter`): to see a key coming again
/// while the register has no index of keys to refuse it (R6).
///
/// A hash's high half picks the slot, its low half is kept there (never 0: an empty slot), so
/// that a million keys take about 6 MiB. Two keys may share a hash: `insert` then says the
/// key may be there already, and the import builds its index at once and lets SQLite decide.
/// So a hash never decides what is stored.
struct KeySet {
    private var slots: [UInt32]
    private var count = 0

    /// Room for `capacity` keys; `insert` says `.full` beyond that.
    init(capacity: Int) {
        slots = Array(repeating: 0, count: max(1024, capacity + capacity / 4))
    }

    /// What `insert` found.
    enum Outcome {
        /// The key is new, and noted.
        case new
        /// The key, or one with the same hash, is in the set.
        case maybeThere
        /// No room for another key.
        case full
    }

    /// Notes the key `bytes`.
    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) -> Outcome {
        let hash = Self.hash(bytes)
        let tag = UInt32(truncatingIfNeeded: hash) | 1
        var slot = Int(((hash >> 32) &* UInt64(slots.count)) >> 32)
        return slots.withUnsafeMutableBufferPointer { slots in
            while slots[slot] != 0 {
                if slots[slot] == tag { return .maybeThere }
                slot = slot + 1 == slots.count ? 0 : slot + 1
            }
            guard count < slots.count - slots.count / 5 else { return .full }
            slots[slot] = tag
            count += 1
            return .new
        }
    }

    /// FNV-1a over the bytes, then mixed (a key's bytes differ mostly at the end).
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        hash = (hash ^ (hash >> 31)) &* 0x94D0_49BB_1331_11EB
        return hash ^ (hash >> 29)
    }
}
