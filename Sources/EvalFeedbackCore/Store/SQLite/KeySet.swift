import Foundation

/// The keys a bulk import has stored, as hashes (`DeferredIndexes`): to see a key coming
/// again while the register has no index of keys to refuse it (R6).
///
/// A hash's high half picks the slot, its low half is kept there (never 0: an empty slot), so
/// that a million keys take about 6 MiB. Two keys may share a hash: `insert` then says the
/// key may be there already, and the import builds its index at once and lets SQLite decide.
/// So a hash never decides what is stored.
///
/// A class that maps its slots itself (`mmap`) and gives them back when it goes: memory from
/// `malloc` this size would raise glibc's threshold for mapping, after which the reading's
/// large buffers came from the heap and were never given back (the import grew by 6 MiB).
final class KeySet {
    private let slots: UnsafeMutableBufferPointer<UInt32>
    private var count = 0

    /// Room for `capacity` keys; `insert` says `.full` beyond that.
    init(capacity: Int) {
        let count = max(1024, capacity + capacity / 4)
        let bytes = count * MemoryLayout<UInt32>.stride
        let mapped = mmap(nil, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
        if let mapped, mapped != MAP_FAILED {
            // Anonymous pages read as zero: every slot starts empty.
            slots = UnsafeMutableBufferPointer(start: mapped.assumingMemoryBound(to: UInt32.self), count: count)
        } else {
            slots = .allocate(capacity: count)
            slots.initialize(repeating: 0)
            mappedBytes = 0
            return
        }
        mappedBytes = bytes
    }

    /// The bytes mapped, or 0 when the slots came from `allocate`.
    private let mappedBytes: Int

    deinit {
        if mappedBytes > 0 { munmap(slots.baseAddress, mappedBytes) } else { slots.deallocate() }
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
    func insert(_ bytes: UnsafeBufferPointer<UInt8>) -> Outcome {
        let hash = Self.hash(bytes)
        let tag = UInt32(truncatingIfNeeded: hash) | 1
        var slot = Int(((hash >> 32) &* UInt64(slots.count)) >> 32)
        while slots[slot] != 0 {
            if slots[slot] == tag { return .maybeThere }
            slot = slot + 1 == slots.count ? 0 : slot + 1
        }
        guard count < slots.count - slots.count / 5 else { return .full }
        slots[slot] = tag
        count += 1
        return .new
    }

    /// FNV-1a over the bytes, then mixed (a key's bytes differ mostly at the end).
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        hash = (hash ^ (hash >> 31)) &* 0x94D0_49BB_1331_11EB
        return hash ^ (hash >> 29)
    }
}
