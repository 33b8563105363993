/// A list's records and texts in place (`FollowUpRows.withTexts`).
struct FollowUpTexts {
    let records: UnsafeBufferPointer<FollowUpRecord>
    let segments: [UnsafeBufferPointer<UInt8>]
    let todos: [FollowUpTodo]

    /// The to-do of `record`, as a value.
    func todo(of record: FollowUpRecord) -> FollowUpTodo { todos[Int(record.todo)] }

    /// `field`'s bytes of `record`; none when it has none.
    func bytes(_ field: FollowUpRecord.Field, of record: FollowUpRecord) -> UnsafeBufferPointer<UInt8> {
        guard let range = record.range(of: field) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(rebasing: segments[Int(record.segment)][range])
    }

    /// `field` of `record` as text.
    func text(_ field: FollowUpRecord.Field, of record: FollowUpRecord) -> String? {
        record.range(of: field).map { String(decoding: segments[Int(record.segment)][$0], as: UTF8.self) }
    }
}
