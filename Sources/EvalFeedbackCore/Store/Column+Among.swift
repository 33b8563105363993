import GRDB

extension Column {
    /// True where the column holds one of `numbers`, passed to SQLite as one JSON array: a
    /// register extract's or a purge's thousands of cases would pass SQLite's limit on bound
    /// values as one `?` each.
    func among(_ numbers: [Int64]) -> SQLExpression {
        let array = "[" + numbers.map(String.init).joined(separator: ",") + "]"
        return SQL("\(self) IN (SELECT value FROM json_each(\(array)))").sqlExpression
    }
}
