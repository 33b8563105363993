extension StringProtocol {
    /// The text without leading and trailing white space and line ends.
    ///
    /// Pure Swift: Foundation's `trimmingCharacters(in:)` goes through `NSString` on Linux and
    /// took a quarter of an import's time, for every field of every record.
    var trimmed: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
            let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}

extension StringProtocol {
    /// The trimmed text, or nil when nothing is left: for optional notes and names.
    var trimmedOrNil: String? {
        let text = trimmed
        return text.isEmpty ? nil : text
    }
}
