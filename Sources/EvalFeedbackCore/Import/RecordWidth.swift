import Synchronization

/// The number of fields a file's records have, once the import has read its header: told by
/// the importing thread to the reading one, which then keeps the text of only those records
/// that may be rejected (another number of fields, R5). Until it is known, every record's
/// text is kept.
final class RecordWidth: Sendable {
    private let width = Atomic<Int>(0)

    /// The header's width; nil while the header is not read.
    var value: Int? {
        let known = width.load(ordering: .acquiring)
        return known == 0 ? nil : known
    }

    func set(_ value: Int) { width.store(value, ordering: .releasing) }
}
