import Foundation

/// The hash that recognises a file imported before (R6): eight bytes at a time, so that
/// hashing a 180 MB export costs a few hundredths of a second on the reading thread, where
/// `ContentHash`'s byte-at-a-time FNV-1a cost a fifth of a second.
///
/// Its text starts with `w:`, so that it never equals an FNV-1a hash that registers from
/// before it hold; `ofFile` gives both, for files the size of an earlier import.
struct FileHash {
    private var state: UInt64 = 0x243F_6A88_85A3_08D3
    /// Bytes of a word not yet complete (a chunk's length need not be a multiple of eight).
    private var pending: UInt64 = 0
    private var pendingCount = 0
    private var length: UInt64 = 0

    private mutating func mix(_ word: UInt64) {
        state = (state ^ word) &* 0x9E37_79B9_7F4A_7C15
        state ^= state >> 29
    }

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        length &+= UInt64(bytes.count)
        var index = 0
        while pendingCount > 0, index < bytes.count {
            pending |= UInt64(bytes[index]) << (8 * UInt64(pendingCount))
            pendingCount += 1
            index += 1
            if pendingCount == 8 {
                mix(pending)
                (pending, pendingCount) = (0, 0)
            }
        }
        while index + 8 <= bytes.count {
            mix(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
            index += 8
        }
        while index < bytes.count {
            pending |= UInt64(bytes[index]) << (8 * UInt64(pendingCount))
            pendingCount += 1
            index += 1
        }
    }

    /// The hash as `w:` and 16 hex digits.
    var hex: String {
        var final = self
        if final.pendingCount > 0 { final.mix(final.pending) }
        final.mix(length)
        let digits = String(final.state, radix: 16)
        return "w:" + String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// A whole file's hash and, for registers from before it, its FNV-1a hash, with its size,
    /// read in chunks.
    static func ofFile(_ url: URL) throws -> (hashes: [String], size: Int) {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var hash = FileHash()
        var legacy = ContentHash()
        var size = 0
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            chunk.withUnsafeBytes {
                hash.add($0)
                legacy.add($0)
            }
            size += chunk.count
        }
        return ([hash.hex, legacy.hex], size)
    }
}
