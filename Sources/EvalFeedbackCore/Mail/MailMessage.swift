public import Foundation

/// One email as RFC 5322 and MIME describe it: UTF-8, a plain-text part and an HTML part
/// (multipart/alternative, quoted-printable), headers encoded where they are not ASCII.
///
/// Every header value comes from a checked `MailAddress` or goes through `MailText.oneLine`,
/// so no line break in a name or subject can start a header of its own.
public struct MailMessage: Sendable, Equatable {
    /// The sender (the config's `mail.from`).
    public var from: MailAddress
    /// The recipient.
    public var to: MailAddress
    /// Where replies go: the account manager.
    public var replyTo: MailAddress?
    /// The subject, one line.
    public var subject: String
    /// When the message was made (the Date header).
    public var date: Date
    /// The Message-ID, without angle brackets.
    public var messageID: String
    /// The plain-text body.
    public var text: String
    /// The HTML body, a whole document.
    public var html: String

    /// A message; `messageID` is kept to the characters a Message-ID may hold.
    public init(
        from: MailAddress, to: MailAddress, replyTo: MailAddress?, subject: String, date: Date, messageID: String,
        text: String, html: String
    ) {
        self.from = from
        self.to = to
        self.replyTo = replyTo
        self.subject = MailText.oneLine(subject)
        self.date = date
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_@+=$")
        self.messageID = String(messageID.filter { allowed.contains($0) })
        self.text = text
        self.html = html
    }

    /// A new, unique Message-ID in the sender's domain.
    public static func newMessageID(from sender: MailAddress) -> String {
        "\(UUID().uuidString.lowercased())@\(sender.domain)"
    }

    /// The boundary between the parts. It starts with `=_`, which quoted-printable never
    /// leaves unencoded, so no body can hold it.
    static let boundary = "=_evalfeedback_alternative"

    /// The whole message with `\n` line ends, as a local sendmail reads it on stdin.
    public var rendered: String {
        var lines = [
            "From: " + from.header,
            "To: " + to.header,
        ]
        if let replyTo { lines.append("Reply-To: " + replyTo.header) }
        lines += [
            "Subject: " + MailEncoding.unstructured(subject, used: "Subject: ".count),
            "Date: " + MailEncoding.date(date),
            "Message-ID: <\(messageID)>",
            "MIME-Version: 1.0",
            "Content-Type: multipart/alternative; boundary=\"\(Self.boundary)\"",
            "",
            "This is a message in MIME format: a plain-text part and an HTML part.",
            "",
            "--" + Self.boundary,
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: quoted-printable",
            "",
            MailEncoding.quotedPrintable(MailText.clean(text)),
            "--" + Self.boundary,
            "Content-Type: text/html; charset=UTF-8",
            "Content-Transfer-Encoding: quoted-printable",
            "",
            MailEncoding.quotedPrintable(MailText.clean(html)),
            "--" + Self.boundary + "--",
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}
