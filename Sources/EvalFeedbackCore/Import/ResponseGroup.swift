/// Plain responses waiting to be stored with one statement.
///
/// SQLite's work per INSERT statement (starting it, opening the table's and every index's
/// cursor, seeking from the root) cost more than the rows themselves: one statement for 32
/// responses stores a million in about 1.4 s of SQLite's time instead of 2.4 s. A group is
/// filled from one batch and stored before the batch is let go, because its rows point into
/// the batch's bytes.
struct ResponseGroup {
    /// How many responses one statement stores.
    static let size = 32

    /// A response waiting in the group, with what its case would need.
    struct Member {
        let row: ResponseRow
        let record: PlainRecord
        let low: [LowScore]
    }

    private(set) var members: [Member] = []

    init() { members.reserveCapacity(Self.size) }

    var isEmpty: Bool { members.isEmpty }
    var isFull: Bool { members.count == Self.size }
    /// The place the next member takes.
    var nextPlace: Int { members.count }

    mutating func append(_ member: Member) { members.append(member) }

    mutating func removeAll() { members.removeAll(keepingCapacity: true) }
}
