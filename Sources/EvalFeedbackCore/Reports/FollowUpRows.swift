/// The cases of a follow-up list as compact records, with their texts in byte arenas: a list
/// of a hundred thousand cases is read, sorted and written without a `String` per cell, and
/// its items are made only for the formats that need them.
struct FollowUpRows: Sendable, Equatable {
    private(set) var records: [FollowUpRecord] = []
    /// The records' texts, one after the other, in one arena per part read (see `append`);
    /// records begun here go into the last.
    private var segments: [[UInt8]] = [[]]
    /// The account managers' names; a record's `manager` is an index into it.
    private(set) var managers: [String] = []
    /// The distinct to-dos; a record's `todo` is an index into it. Cases registered on one day
    /// stand alike, so a hundred thousand cases have a few hundred.
    private(set) var todos: [FollowUpTodo] = []
    /// Where each to-do is in `todos`.
    private var todoIndex: [FollowUpTodo: Int32] = [:]

    /// Makes room for `cases` records and their texts at once: a hundred thousand cases grown
    /// step by step were copied and faulted in again at every step. Room not used costs no
    /// memory, as its pages are never touched.
    mutating func reserve(cases: Int) {
        records.reserveCapacity(cases)
        segments[segments.count - 1].reserveCapacity(cases * Self.bytesPerCase)
    }

    /// The room `reserve` makes for one case's texts: more than an evaluation's usually take.
    private static let bytesPerCase = 320

    /// Starts a record: its texts follow with `appendText`, one per field in order.
    mutating func begin(_ record: FollowUpRecord) {
        var record = record
        record.segment = UInt16(segments.count - 1)
        record.start = segments[segments.count - 1].count
        record.lengths = SIMD8(repeating: -1)
        records.append(record)
    }

    /// Appends `text` (nil for none) as `field` of the last record begun.
    mutating func appendText(_ text: UnsafeBufferPointer<UInt8>?, as field: FollowUpRecord.Field) {
        guard let text else { return }
        segments[segments.count - 1].append(contentsOf: text)
        records[records.count - 1].lengths[field.rawValue] = Int32(text.count)
    }

    /// Appends `next`'s line for case `id` as the last record's to-do, whose value is the one
    /// numbered `todo` (`todoNumber(next.todo)`, which a reader of many cases that stand alike
    /// keeps with `next` rather than look up for each).
    mutating func appendTodo(_ next: NextAction, numbered todo: Int32, case id: Int64) {
        let start = segments[segments.count - 1].count
        segments[segments.count - 1] += next.text.utf8
        if let after = next.afterNumber {
            segments[segments.count - 1] += String(id).utf8
            segments[segments.count - 1] += after.utf8
        }
        records[records.count - 1].lengths[FollowUpRecord.Field.todo.rawValue] =
            Int32(segments[segments.count - 1].count - start)
        records[records.count - 1].todo = todo
    }

    /// Sets `todo` as the last record's to-do value (its line is its `.todo` text).
    mutating func setTodo(_ todo: FollowUpTodo) {
        records[records.count - 1].todo = todoNumber(todo)
    }

    /// The index of `todo` among the to-dos, added when new.
    mutating func todoNumber(_ todo: FollowUpTodo) -> Int32 {
        if let index = todoIndex[todo] { return index }
        todos.append(todo)
        todoIndex[todo] = Int32(todos.count - 1)
        return Int32(todos.count - 1)
    }

    /// The index of `name` among the managers, added when new.
    mutating func managerIndex(_ name: String) -> Int32 {
        if let index = managers.firstIndex(of: name) { return Int32(index) }
        managers.append(name)
        return Int32(managers.count - 1)
    }

    /// `other`'s records after these, with its managers; its texts stay in their arenas,
    /// shared, not copied.
    mutating func append(contentsOf other: FollowUpRows) {
        let shift = UInt16(segments.count)
        let names = other.managers.map { managerIndex($0) }
        let todoNumbers = other.todos.map { todoNumber($0) }
        segments += other.segments
        records.reserveCapacity(records.count + other.records.count)
        for var record in other.records {
            record.segment += shift
            if record.manager >= 0 { record.manager = names[Int(record.manager)] }
            record.todo = todoNumbers[Int(record.todo)]
            records.append(record)
        }
    }

    /// The same texts and managers with only `records`.
    func with(records: [FollowUpRecord]) -> FollowUpRows {
        var copy = self
        copy.records = records
        return copy
    }

    /// The records in the list's order: unassigned first (nobody will pick them up otherwise),
    /// then per manager by name; within a manager by action, then by the deadline the action
    /// names, then by case number.
    func sorted() -> FollowUpRows {
        let ranks = Self.ranks(of: managers)
        let keys = records.indices.map { index in
            let record = records[index]
            let manager = record.manager < 0 ? -1 : ranks[Int(record.manager)]
            return (manager, record.action.rank, record.dueForAction, record.id, index)
        }.sorted { $0 < $1 }
        return with(records: keys.map { records[$0.4] })
    }

    /// Each manager's place in name order, case aside.
    private static func ranks(of managers: [String]) -> [Int] {
        let order = managers.indices.sorted {
            (managers[$0].lowercased(), managers[$0]) < (managers[$1].lowercased(), managers[$1])
        }
        var ranks = Array(repeating: 0, count: managers.count)
        for (rank, index) in order.enumerated() { ranks[index] = rank }
        return ranks
    }

    /// The account manager of `record`, nil when unassigned.
    func manager(of record: FollowUpRecord) -> String? {
        record.manager < 0 ? nil : managers[Int(record.manager)]
    }

    /// Hands `body` the records and their texts in place, for reading a hundred thousand
    /// records' cells without touching reference counts; valid only inside `body`.
    func withTexts<Result>(_ body: (FollowUpTexts) throws -> Result) rethrows -> Result {
        func nest(_ index: Int, _ buffers: [UnsafeBufferPointer<UInt8>]) throws -> Result {
            guard index < segments.count else {
                return try records.withUnsafeBufferPointer {
                    try body(FollowUpTexts(records: $0, segments: buffers, todos: todos))
                }
            }
            return try segments[index].withUnsafeBufferPointer { try nest(index + 1, buffers + [$0]) }
        }
        return try nest(0, [])
    }
}
