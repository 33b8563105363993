import Foundation

/// Turns plain records into the rows the register stores, binding their texts in place.
///
/// What a row needs beyond the record's own bytes (its key, its submission time in the stored
/// form) is written into a scratch buffer per place in a `ResponseGroup`, reused for every
/// group, and client keys are computed once per client name, so that storing a record
/// allocates nothing. A row's texts stay valid until its group is stored.
final class PlainRows {
    private let form: String?
    private let formBytes: [UInt8]
    /// Today's day number: no report date is later.
    private let todayNumber: Int
    /// Today and the form as bound: bytes that live as long as the rows do.
    private let constants: TextArena
    private let todayBound: BoundText
    private let formBound: BoundText
    /// Key and stored submission time of the row in each place of a group.
    private var scratch: [UnsafeMutableBufferPointer<UInt8>]
    /// Client slots replaced while a group is being filled: its rows may still point at them.
    private var replaced: [ClientSlot] = []
    /// Client names seen and their keys (R15), in slots picked by a hash of the name: a file
    /// names few clients many times, and a slot is found without hashing the name again.
    private var clientKeys: [ClientSlot?] = Array(repeating: nil, count: 1024)

    /// A client name and its key, both as bytes.
    private final class ClientSlot {
        let hash: UInt64
        let name: [UInt8]
        /// The key's UTF-8, where a row binds it from (allocated: it must not move).
        let key: UnsafeMutableBufferPointer<UInt8>

        init(hash: UInt64, name: [UInt8], key: String) {
            self.hash = hash
            self.name = name
            self.key = .allocate(capacity: key.utf8.count)
            _ = self.key.initialize(from: key.utf8)
        }

        deinit { key.deallocate() }

        /// True when the slot is for the client named `other`.
        func holds(_ other: UnsafeBufferPointer<UInt8>) -> Bool {
            guard name.count == other.count, let start = other.baseAddress else { return name.count == other.count }
            return name.withUnsafeBufferPointer { memcmp($0.baseAddress ?? start, start, other.count) == 0 }
        }
    }

    init(form: String?, today: LocalDate) {
        self.form = form
        formBytes = Array((form ?? "").utf8)
        todayNumber = today.dayNumber
        constants = TextArena()
        todayBound = constants.text(today.description)
        formBound = constants.text(form)
        scratch = (0..<ResponseGroup.size).map { _ in .allocate(capacity: 512) }
    }

    deinit { for buffer in scratch { buffer.deallocate() } }

    /// Forgets the client slots replaced since the last call: the group that could point at
    /// them is stored.
    func groupStored() { replaced.removeAll(keepingCapacity: true) }

    /// The key of the client named by `range`, computed by `key` when the name is not in its
    /// slot; valid until the next call.
    func clientKey(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, key: (String) -> String) -> BoundText {
        let name = UnsafeBufferPointer(rebasing: bytes[range])
        let hash = Self.slotHash(name)
        let index = Int(truncatingIfNeeded: hash % UInt64(clientKeys.count))
        if let slot = clientKeys[index], slot.hash == hash, slot.holds(name) {
            return .bytes(UnsafeBufferPointer(slot.key))
        }
        let slot = ClientSlot(hash: hash, name: Array(name), key: key(String(decoding: name, as: UTF8.self)))
        if let old = clientKeys[index] { replaced.append(old) }
        clientKeys[index] = slot
        return .bytes(UnsafeBufferPointer(slot.key))
    }

    /// A hash of a client name from its length and its first and last eight bytes: enough to
    /// spread a file's few client names over the slots (the slot's own comparison decides).
    private static func slotHash(_ name: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = UInt64(name.count) &* 0x9E37_79B9_7F4A_7C15
        let raw = UnsafeRawBufferPointer(name)
        if name.count >= 8 {
            hash ^= raw.loadUnaligned(as: UInt64.self)
            hash = (hash ^ (hash >> 29)) &* 0xBF58_476D_1CE4_E5B9
            hash ^= raw.loadUnaligned(fromByteOffset: name.count - 8, as: UInt64.self)
        } else {
            for byte in name { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        }
        hash = (hash ^ (hash >> 31)) &* 0x94D0_49BB_1331_11EB
        return hash ^ (hash >> 32)
    }

    /// The row of `record`, for place `place` of a group: valid until the next row made for
    /// that place.
    func row(
        _ record: PlainRecord, bytes: UnsafeBufferPointer<UInt8>, line: Int, flagged: Bool, clientKey: BoundText,
        place: Int
    ) -> ResponseRow {
        let (stored, key) = write(record, bytes: bytes, place: place)
        let id = record.text(.responseID)
        func slice(_ range: Range<Int>) -> BoundText { .bytes(UnsafeBufferPointer(rebasing: scratch[place][range])) }
        return ResponseRow(
            key: slice(key), line: line, externalID: text(bytes, id),
            submittedAt: stored.isEmpty ? .null : slice(stored),
            reportDate: reportDate(record, bytes: bytes),
            training: text(bytes, record.text(.training)), trainingDate: text(bytes, record.text(.trainingDate)),
            trainer: text(bytes, record.text(.trainer)), client: text(bytes, record.text(.client)),
            clientKey: clientKey, respondentName: text(bytes, record.text(.respondentName)),
            respondentEmail: text(bytes, record.text(.respondentEmail)), scores: record.scores,
            comment: text(bytes, record.text(.comment)), flagged: flagged, warnings: .null, complete: true,
            form: formBound, language: .null)
    }

    /// The key of `record` alone, in place `place`: to look a response up before making its row.
    func key(_ record: PlainRecord, bytes: UnsafeBufferPointer<UInt8>, place: Int) -> BoundText {
        let key = write(record, bytes: bytes, place: place).key
        return .bytes(UnsafeBufferPointer(rebasing: scratch[place][key]))
    }

    /// Writes the stored submission time and the key of `record` (`ResponseKey`) into place
    /// `place`'s scratch buffer; where each is in it. A plain record has a form or a
    /// submission time (`PlainLayout`), so its key never needs the content's fingerprint.
    private func write(_ record: PlainRecord, bytes: UnsafeBufferPointer<UInt8>, place: Int)
        -> (stored: Range<Int>, key: Range<Int>)
    {
        let id = record.text(.responseID)
        let submitted = record.text(.submittedAt)
        // The stored time (19), then `id:` and either `<form>/<id>` or `<id>@<time to the minute>`.
        let needed = 19 + 3 + max(formBytes.count + 1, 1 + 16) + id.count
        if needed > scratch[place].count {
            scratch[place].deallocate()
            scratch[place] = .allocate(capacity: needed * 2)
        }
        let out = scratch[place]
        var end = 0
        func put(_ source: some Collection<UInt8>) { end = Self.copy(source, to: out, at: end) }
        func putTwoDigits(_ value: Int) {
            out[end] = UInt8(0x30 + value / 10)
            out[end + 1] = UInt8(0x30 + value % 10)
            end += 2
        }
        // The stored submission time: `2026-11-23 14:05:09`, or the day alone.
        if record.submittedDayNumber != nil {
            put(bytes[submitted.lowerBound..<submitted.lowerBound + 10])
            if let seconds = record.submittedSecondsOfDay {
                put(CollectionOfOne(0x20))
                putTwoDigits(seconds / 3600)
                put(CollectionOfOne(0x3A))
                putTwoDigits(seconds / 60 % 60)
                put(CollectionOfOne(0x3A))
                putTwoDigits(seconds % 60)
            }
        }
        let stored = 0..<end
        var key = Scratch(buffer: out, end: end)
        ResponseKey.write(
            id: UnsafeBufferPointer(rebasing: bytes[id]), form: form == nil ? nil : formBytes,
            submitted: stored.isEmpty ? nil : UnsafeBufferPointer(rebasing: out[stored]),
            fingerprint: { preconditionFailure("a plain record has a form or a submission time") }, to: &key)
        return (stored, stored.upperBound..<key.end)
    }

    /// A scratch buffer as a key's output: written from `end` on, with room made beforehand.
    private struct Scratch: KeyOutput {
        let buffer: UnsafeMutableBufferPointer<UInt8>
        var end: Int

        mutating func put(_ bytes: some Collection<UInt8>) { end = PlainRows.copy(bytes, to: buffer, at: end) }
    }

    /// Copies `source` into `buffer` from `offset` on, which has room for it; where it ends.
    /// At once where the bytes lie together (a field, the form, a literal), byte by byte
    /// otherwise: a key is written for every response.
    private static func copy(
        _ source: some Collection<UInt8>, to buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int
    ) -> Int {
        let copied = source.withContiguousStorageIfAvailable { bytes in
            let room = UnsafeMutableBufferPointer(rebasing: buffer[offset..<offset + bytes.count])
            _ = room.update(fromContentsOf: bytes)
            return offset + bytes.count
        }
        if let copied { return copied }
        var end = offset
        for byte in source {
            buffer[end] = byte
            end += 1
        }
        return end
    }

    /// The day the response counts for in reports (`ReportDay`), as the bytes of its date.
    private func reportDate(_ record: PlainRecord, bytes: UnsafeBufferPointer<UInt8>) -> BoundText {
        let submitted = record.text(.submittedAt)
        return ReportDay.choose(
            submitted: record.submittedDayNumber.map {
                ($0, text(bytes, submitted.lowerBound..<submitted.lowerBound + 10))
            },
            training: record.trainingDayNumber.map { ($0, text(bytes, record.text(.trainingDate))) },
            today: (todayNumber, todayBound)
        ) { $0.0 < todayNumber }.1
    }

    private func text(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> BoundText {
        range.isEmpty ? .null : .bytes(UnsafeBufferPointer(rebasing: bytes[range]))
    }
}
