/// The config file's `mail` section: who letters come from and how they leave the machine.
public struct MailSettings: Sendable, Equatable {
    /// The command the default `sendmail` line runs: it reads one message on stdin and takes
    /// the recipients from its headers.
    public static let defaultSendmail = "/usr/sbin/sendmail -t -oi"

    /// The From address of every letter and morning mail, e.g. `Academie <klachten@academie.example>`.
    public var from: MailAddress?
    /// The command, split on spaces, that a message is piped to.
    public var sendmail: String = MailSettings.defaultSendmail
    /// Who gets the morning mail of cases nobody owns when no default account manager is
    /// configured (R15).
    public var lead: MailAddress?

    /// No sender and the system's sendmail.
    public init(from: MailAddress? = nil, sendmail: String = MailSettings.defaultSendmail, lead: MailAddress? = nil) {
        self.from = from
        self.sendmail = sendmail
        self.lead = lead
    }
}
