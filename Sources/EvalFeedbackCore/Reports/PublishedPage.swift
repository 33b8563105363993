/// One page the nightly job wrote into the publish folder.
public struct PublishedPage: Sendable, Equatable {
    /// Whose page: an account manager, or nil for the unassigned cases.
    public let manager: String?
    /// The HTML page's file name.
    public let html: String
    /// The CSV's file name, when written.
    public let csv: String?
    /// Cases on it.
    public let cases: Int
    /// Cases that need action today.
    public let actionToday: Int
    /// Cases whose contact or resolution is overdue.
    public let overdue: Int
}
