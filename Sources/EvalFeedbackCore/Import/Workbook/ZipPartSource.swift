import Foundation
import ZIPFoundation

/// Where a part's packed bytes lie in the workbook's file, so that ZIPFoundation's inflater
/// (`Data.decompress`) is fed from there and never past them.
///
/// ZIPFoundation's own `extract` reads on at the end of the file while a damaged deflate stream
/// has not ended, for ever (seen with a workbook whose bytes were changed). Fed through
/// `provider`, which ends with an error where the part's packed bytes end, it cannot. The
/// entry is found in the archive's central directory, and its data after its local header, as
/// the zip format (APPNOTE 4.3) lays them out.
struct ZipPartSource: Sendable {
    let url: URL
    let path: String
    let offset: UInt64
    let packedSize: UInt64
    let deflated: Bool
    let checksum: UInt32

    /// The part `entry` of the archive in the file `url`.
    init(url: URL, entry: Entry) throws {
        self.url = url
        path = entry.path
        packedSize = entry.compressedSize
        deflated = entry.isCompressed
        checksum = entry.checksum
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        let fileSize = try handle.seekToEnd()
        let header = try Self.localHeaderOffset(of: entry.path, in: handle, fileSize: fileSize)
        try handle.seek(toOffset: header)
        let local = [UInt8](try handle.read(upToCount: 30) ?? Data())
        guard local.count == 30, Self.uint32(local, 0) == 0x0403_4B50 else {
            throw WorkbookProblem.damaged(part: entry.path, damage: .localHeaderMissing)
        }
        offset = header + 30 + UInt64(Self.uint16(local, 26)) + UInt64(Self.uint16(local, 28))
        guard offset.addingReportingOverflow(packedSize).partialValue <= fileSize else {
            throw WorkbookProblem.damaged(part: entry.path, damage: .runsPastEnd)
        }
    }

    /// Hands the part's bytes, unpacked, to `consumer`; checks them against the entry's CRC-32.
    /// `packed` is told how many packed bytes each chunk read took.
    func unpack(packed: @escaping (Int) -> Void, _ consumer: (Data) throws -> Void) throws {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        try handle.seek(toOffset: offset)
        var remaining = packedSize
        let provider: Provider = { _, size in
            guard remaining > 0 else {
                throw WorkbookProblem.damaged(part: path, damage: .endsElsewhere)
            }
            let chunk = try handle.read(upToCount: Int(min(UInt64(size), remaining))) ?? Data()
            guard !chunk.isEmpty else {
                throw WorkbookProblem.damaged(part: path, damage: .fileEndsInside)
            }
            remaining -= UInt64(chunk.count)
            packed(chunk.count)
            return chunk
        }
        let crc: UInt32
        if deflated {
            crc = try Data.decompress(
                size: Int64(packedSize), bufferSize: 64 * 1024, skipCRC32: false, provider: provider, consumer: consumer
            )
        } else {
            var sum: UInt32 = 0
            while remaining > 0 {
                let chunk = try provider(0, 64 * 1024)
                sum = chunk.crc32(checksum: sum)
                try consumer(chunk)
            }
            crc = sum
        }
        guard crc == checksum else {
            throw WorkbookProblem.damaged(part: path, damage: .checksumMismatch)
        }
    }

    /// The offset of the local header of the entry named `path`, from the central directory.
    private static func localHeaderOffset(of path: String, in handle: FileHandle, fileSize: UInt64) throws -> UInt64 {
        let damaged = WorkbookProblem.damaged(part: path, damage: .directoryUnreadable)
        // The end-of-directory record is in the last 22 bytes, after a comment of at most 64 KiB.
        let tailSize = min(fileSize, 22 + 65_535)
        try handle.seek(toOffset: fileSize - tailSize)
        let tail = [UInt8](try handle.read(upToCount: Int(tailSize)) ?? Data())
        guard tail.count >= 22,
            let end = stride(from: tail.count - 22, through: 0, by: -1).first(where: {
                uint32(tail, $0) == 0x0605_4B50
            })
        else { throw damaged }
        let directorySize = UInt64(uint32(tail, end + 12))
        let directoryOffset = UInt64(uint32(tail, end + 16))
        guard directoryOffset.addingReportingOverflow(directorySize).partialValue <= fileSize,
            directorySize <= 64 << 20
        else { throw damaged }
        try handle.seek(toOffset: directoryOffset)
        let directory = [UInt8](try handle.read(upToCount: Int(directorySize)) ?? Data())
        let name = Array(path.utf8)
        var position = 0
        while position + 46 <= directory.count, uint32(directory, position) == 0x0201_4B50 {
            let nameLength = Int(uint16(directory, position + 28))
            let next =
                position + 46 + nameLength + Int(uint16(directory, position + 30))
                + Int(uint16(directory, position + 32))
            guard position + 46 + nameLength <= directory.count else { throw damaged }
            if directory[(position + 46)..<(position + 46 + nameLength)].elementsEqual(name) {
                let offset = uint32(directory, position + 42)
                // A zip64 offset (past 4 GiB) is far beyond any workbook this reads.
                guard offset != 0xFFFF_FFFF else { throw damaged }
                return UInt64(offset)
            }
            position = next
        }
        throw damaged
    }

    private static func uint16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
        UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    private static func uint32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        UInt32(uint16(bytes, at)) | UInt32(uint16(bytes, at + 2)) << 16
    }
}
