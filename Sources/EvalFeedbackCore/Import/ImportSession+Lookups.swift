/// A plain response waiting to be looked up: its key is in the place of `PlainRows` that its
/// position in `ImportSession.lookups` names.
struct ResponseLookup {
    let record: PlainRecord
    let line: Int
    let low: [LowScore]
    let key: BoundText
}

/// How a session reads a cumulative export: most of it is in the register already, unchanged.
extension ImportSession {
    /// Queues a plain response that is likely known, to be looked up with the ones after it.
    func lookUp(_ record: PlainRecord, bytes: UnsafeBufferPointer<UInt8>, line: Int, low: [LowScore]) throws {
        guard let rows else { return }
        try storeGroup(bytes: bytes)
        let key = rows.key(record, bytes: bytes, place: lookups.count)
        lookups.append(ResponseLookup(record: record, line: line, low: low, key: key))
        if lookups.count == ResponseGroup.size { try settleLookups(bytes: bytes) }
    }

    /// Looks up the queued responses (walking the key index), and counts those the register holds
    /// unchanged (R6). From the first that is not, each is stored as if it came alone, in order:
    /// it may be new, or edited, and those after it must see what it did.
    func settleLookups(bytes: UnsafeBufferPointer<UInt8>) throws {
        guard !lookups.isEmpty, let writer, let rows else { return }
        defer {
            lookups.removeAll(keepingCapacity: true)
            rows.groupStored()
        }
        let found = try writer.find(keys: lookups.map(\.key))
        var alone = false
        for (place, lookup) in lookups.enumerated() {
            if !alone, let known = found[place], !known.differs(scores: lookup.record.scores, complete: true) {
                summary.alreadyKnown += 1
                continue
            }
            alone = true
            let row = rows.row(
                lookup.record, bytes: bytes, line: lookup.line, flagged: !lookup.low.isEmpty,
                clientKey: clientKey(lookup.record, bytes: bytes), place: place)
            try store(row, low: lookup.low, line: lookup.line, fromGroup: false) {
                EvaluationResponse(plain: lookup.record, bytes: bytes)
            }
        }
    }
}
