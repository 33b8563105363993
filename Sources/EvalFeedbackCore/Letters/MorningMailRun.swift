public import Foundation

/// The morning mail made from the register and, on request, sent: `digest` and
/// `nightly --digest`. A failed send is reported and the other managers' mail still goes.
public struct MorningMailRun: Sendable {
    /// What goes to whom.
    public let mail: MorningMail

    /// The mail for `today` from `store`'s follow-up list, dated `date`.
    public init(
        store: AppDatabase, settings: Settings, today: LocalDate, date: Date,
        messageID: (MailAddress) -> String = MailMessage.newMessageID(from:)
    ) throws {
        if let reason = MorningMail.notWorkingDay(today, settings: settings) {
            mail = MorningMail(day: today, notWorkingDay: reason)
            return
        }
        let list = try store.followUpList(on: today, manager: nil, settings: settings)
        mail = try MorningMail(
            list: list, settings: settings, addresses: try store.managerAddresses(), date: date, messageID: messageID)
    }

    /// The messages as one mbox (each after a `From ` line), for reading before sending.
    public var preview: String {
        mail.messages.map { "From evalfeedback \(Self.asctime(mail.day))\n" + $0.message.rendered + "\n" }.joined()
    }

    /// What a send did.
    public struct Outcome: Sendable {
        /// Who got a message, with how many cases.
        public var sent: [String] = []
        /// Who did not, and why.
        public var failed: [String] = []
        /// True when every manager with something to do got their message.
        public var isComplete: Bool { failed.isEmpty }
        /// The summary line for the log.
        public var summary = ""
    }

    /// Sends every message through `mail.sendmail`; one that fails does not stop the others.
    public func send(settings: Settings) -> Outcome {
        var outcome = Outcome()
        let head = "morning mail for \(mail.day):"
        if let reason = mail.notWorkingDay {
            outcome.summary = "\(head) none, \(reason) (not a working day)"
            return outcome
        }
        let sendmail = Sendmail(settings.mail)
        for message in mail.messages {
            let who = message.manager.map { "\($0) <\(message.to.address)>" } ?? "unassigned to \(message.to)"
            do {
                try sendmail.send(message.message.rendered)
                outcome.sent.append("\(who): \(message.count) case\(message.count == 1 ? "" : "s")")
            } catch {
                outcome.failed.append("\(who): \(error)")
            }
        }
        outcome.failed += mail.problems
        var summary =
            outcome.sent.isEmpty && outcome.failed.isEmpty
            ? "\(head) nobody has anything to do today"
            : "\(head) \(outcome.sent.count) message\(outcome.sent.count == 1 ? "" : "s") sent"
                + (outcome.sent.isEmpty ? "" : " (\(outcome.sent.joined(separator: "; ")))")
        if !outcome.failed.isEmpty {
            summary += "; \(outcome.failed.count) not sent (\(outcome.failed.joined(separator: "; ")))"
        }
        outcome.summary = summary
        return outcome
    }

    /// mbox's date on a `From ` line: `Tue Apr 28 00:00:00 2026`.
    private static func asctime(_ day: LocalDate) -> String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let dd = day.day < 10 ? " \(day.day)" : "\(day.day)"
        return "\(days[day.weekday - 1]) \(months[day.month - 1]) \(dd) 00:00:00 \(day.year)"
    }
}
