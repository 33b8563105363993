/// What the register records about an imported file once it is read: its hash (R6), how it
/// was read, and its counts, as the import's summary gives them.
struct ImportTotals {
    /// The hash of the file's bytes, by which the same file is recognised again (R6).
    var contentHash: String
    var encoding: String
    var delimiter: String
    var profile: String
    var records: Int
    var accepted: Int
    var rejected: Int
    var flagged: Int
    var casesOpened: Int
    var alreadyKnown: Int
    var warnings: Int
}
