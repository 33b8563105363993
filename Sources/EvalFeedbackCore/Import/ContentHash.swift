/// A 64-bit FNV-1a hash: enough to recognise a response seen before (R6), where a collision
/// needs two different responses with identical sums, not an attacker. Files have `FileHash`.
struct ContentHash {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
    }

    /// Adds bytes in memory: a whole file's worth at memory speed (no iterator per byte).
    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var value = self.value
        for byte in bytes {
            value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        self.value = value
    }

    /// The hash as 16 hex digits.
    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// A fingerprint of a response without an id of its own: its fields, in a fixed order.
    static func fingerprint(_ values: [String]) -> String {
        var hash = ContentHash()
        for value in values {
            hash.add(value.utf8)
            hash.add(CollectionOfOne(0x1F))
        }
        return hash.hex
    }
}
