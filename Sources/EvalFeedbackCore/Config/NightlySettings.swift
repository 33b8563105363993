/// The nightly job's folders and pages, from the config file's `nightly:` section, so that the
/// cron line stays `evalfeedback nightly`.
public struct NightlySettings: Sendable, Equatable {
    /// Where survey tools and colleagues drop exports.
    public var inbox: String?
    /// Where imported exports go, in `YYYY/MM/` folders.
    public var archive: String?
    /// Where the follow-up pages are written.
    public var publish: String?
    /// Also write each page as CSV for Excel.
    public var csv: Bool
    /// Seconds a file must have been left alone before it is taken: younger ones are still being written.
    public var settleSeconds: Int

    /// The defaults: no folders, CSV pages on, a minute to settle.
    public init(
        inbox: String? = nil, archive: String? = nil, publish: String? = nil, csv: Bool = true, settleSeconds: Int = 60
    ) {
        self.inbox = inbox
        self.archive = archive
        self.publish = publish
        self.csv = csv
        self.settleSeconds = settleSeconds
    }
}
