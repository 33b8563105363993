/// Plain responses waiting to be stored with one statement (`ImportWriter.storeGroup()`).
///
/// Each response's row is bound to the statement as it joins (`ImportWriter.bind(_:place:)`);
/// the group keeps only the compact record its row is made from again where more is needed
/// (a case, a response stored alone). A group is filled from one batch and stored before the
/// batch is let go, because the rows bound to the statement point into the batch's bytes.
struct ResponseGroup {
    /// How many responses one statement stores.
    static let size = ImportWriter.groupSize

    /// A response waiting in the group, with what its row and its case are made from.
    struct Member {
        let record: PlainRecord
        let line: Int
        let low: [LowScore]
        let clientKey: BoundText
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
