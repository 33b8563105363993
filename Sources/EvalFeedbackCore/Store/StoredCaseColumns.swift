/// A stored case's columns as the bytes SQLite holds: what both readers of cases share, the
/// case record (`CaseRecord`: the case sheet, each step, the report and the register extract)
/// and the follow-up list's reader (`FollowUpCandidate`, which reads a hundred thousand cases
/// in place). Their one error policy is spelled once, in the extension below, over the bytes
/// each reader hands.
///
/// The policy: a stored value this version does not write (a date that is no date, a
/// required date missing, a word of a closed set it does not know) stops the read with the
/// case's number, the column and what to do (`ListError`). A case is never left out silently:
/// the report would count too few, the list would hide a complaint, and the register extract
/// would miss one the inspector asks about.
protocol StoredCaseColumns {
    /// How the reader names a column.
    associatedtype Column

    /// The case's number, for the message.
    var id: Int64 { get }

    /// The stored column's name, for the message.
    static func name(of column: Column) -> String

    /// Hands `column`'s value to `body` as SQLite gives it as text (a blob's bytes as they
    /// are); nil for NULL.
    func withBytes<Result>(of column: Column, _ body: (UnsafeBufferPointer<UInt8>?) -> Result) -> Result
}

extension StoredCaseColumns {
    /// A stored day; nil when none is stored.
    func date(_ column: Column) throws(ListError) -> LocalDate? {
        let (day, refused): (LocalDate?, String?) = withBytes(of: column) { bytes in
            guard let bytes else { return (nil, nil) }
            guard let day = LocalDate(isoBytes: bytes) else { return (nil, String(decoding: bytes, as: UTF8.self)) }
            return (day, nil)
        }
        if let refused { throw .corruptDate(case: id, column: Self.name(of: column), value: refused) }
        return day
    }

    /// A stored day the case cannot be without.
    func required(_ column: Column) throws(ListError) -> LocalDate {
        guard let day = try date(column) else { throw .corruptDate(case: id, column: Self.name(of: column), value: "") }
        return day
    }

    /// A stored word of a closed set; nil when none is stored.
    func known<Value: RawRepresentable & CaseIterable>(_ column: Column, as: Value.Type) throws(ListError) -> Value?
    where Value.RawValue == String {
        guard let text = withBytes(of: column, { $0.map { String(decoding: $0, as: UTF8.self) } }) else { return nil }
        guard let value = Value(rawValue: text) else {
            throw .corruptValue(
                case: id, column: Self.name(of: column), value: text, known: Value.allCases.map(\.rawValue))
        }
        return value
    }

    /// A day the export gave, read leniently: an odd one is not shown, and nothing depends on it.
    func lenientDate(_ column: Column) -> LocalDate? {
        withBytes(of: column) { $0.flatMap(LocalDate.init(isoBytes:)) }
    }
}
