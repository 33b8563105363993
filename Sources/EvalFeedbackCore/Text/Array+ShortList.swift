extension Array where Element == String {
    /// At most twenty of the items, comma-separated, then how many more: a header of hundreds
    /// of columns, or a check finding thousands of cases, would bury the message.
    var shortList: String {
        prefix(20).joined(separator: ", ") + (count > 20 ? " and \(count - 20) more" : "")
    }
}
