/// Plain responses waiting to be stored with one statement (`ImportWriter.store(group:)`).
///
/// A group is filled from one batch and stored before the batch is let go, because its rows
/// point into the batch's bytes.
struct ResponseGroup {
    /// How many responses one statement stores.
    static let size = ImportWriter.groupSize

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
