public import Foundation

/// Each account manager's morning mail: that day's actions from the follow-up list, one
/// message per manager with something to do, on working days only (R8-R15).
///
/// What is due is the follow-up list's decision (`FollowUpAction`), not decided again here.
public struct MorningMail: Sendable {
    /// One manager's message.
    public struct Message: Sendable {
        /// The manager, or nil for the unassigned cases sent to the lead (R15).
        public let manager: String?
        /// The address it goes to.
        public let to: MailAddress
        /// How many cases it lists.
        public let count: Int
        /// The message.
        public let message: MailMessage
    }

    /// The day it is for.
    public let day: LocalDate
    /// Why there is no mail today (a weekend, a holiday); nil on a working day.
    public let notWorkingDay: String?
    /// The messages, per manager in the list's order.
    public let messages: [Message]
    /// Managers with actions and no address to send them to.
    public let problems: [String]

    /// Why `day` has no morning mail (a weekend, a holiday, a closing day: R8); nil on a working day.
    public static func notWorkingDay(_ day: LocalDate, settings: Settings) -> String? {
        guard !settings.calendar.isWorkingDay(day) else { return nil }
        return settings.holidays.holiday(on: day).map { "\(day) is \($0)" } ?? "\(day) is a \(day.weekdayName)"
    }

    /// No mail on `day`, for `reason`.
    public init(day: LocalDate, notWorkingDay reason: String) {
        self.day = day
        notWorkingDay = reason
        messages = []
        problems = []
    }

    /// The section each action is listed in, in order; nil for cases with nothing to do today.
    static func section(of item: FollowUpItem) -> Int? {
        switch item.action {
        case .contactOverdue: 0
        case .contactDueToday: 1
        case .resolutionOverdue: 2
        case .resolutionDueSoon: 3
        case .closingEmailOwed: 4
        case .consequencesOutstanding: 5
        case .inProgress: item.state == .appealed ? 6 : nil
        }
    }

    /// The sections' titles.
    static func titles(_ language: LetterLanguage) -> [String] {
        switch language {
        case .nl:
            [
                "Contact te laat", "Contact vandaag", "Afhandeling te laat",
                "Afhandeling binnen vijf werkdagen, geen verlenging: informeer de klant of handel af",
                "Afsluitende e-mail nog sturen", "Uitspraak nog uitvoeren", "Beroep wacht op uitspraak",
            ]
        case .en:
            [
                "Contact overdue", "Contact due today", "Resolution overdue",
                "Resolution due within five working days, no extension: tell the client or resolve",
                "Closing email to send", "Ruling to carry out", "Appeal awaiting a ruling",
            ]
        }
    }

    /// The mail for `list` (made for `list.day` with every manager's cases). Manager addresses
    /// come from the clients file (`addresses`, by `ClientKey`); unassigned cases, left only
    /// when no default manager is configured, go to `mail.lead`.
    public init(
        list: FollowUpList, settings: Settings, addresses: [String: MailAddress], date: Date,
        messageID: (MailAddress) -> String = MailMessage.newMessageID(from:)
    ) throws {
        if let reason = Self.notWorkingDay(list.day, settings: settings) {
            self.init(day: list.day, notWorkingDay: reason)
            return
        }
        guard let sender = settings.mail.from else { throw LetterError.noSender }
        let language = settings.letters.language
        let templates = LetterTemplates(folder: settings.letters.templates)
        var messages: [Message] = []
        var problems: [String] = []
        for group in list.groups {
            let due = group.items.compactMap { item in Self.section(of: item).map { (section: $0, item: item) } }
            if due.isEmpty { continue }
            let to: MailAddress? = group.manager.map { addresses[ClientKey.of($0)] } ?? settings.mail.lead
            guard let to else {
                problems.append(
                    group.manager.map {
                        "\($0): \(due.count) case\(due.count == 1 ? "" : "s") to act on, but no email address in the "
                            + "clients file (account_manager_email)"
                    }
                        ?? "unassigned: \(due.count) case\(due.count == 1 ? "" : "s") to act on, and neither "
                        + "default_account_manager nor mail.lead configured")
                continue
            }
            let rendered = try Self.render(
                due, manager: group.manager, day: list.day, language: language, templates: templates)
            messages.append(
                Message(
                    manager: group.manager, to: to, count: due.count,
                    message: MailMessage(
                        from: sender, to: to, replyTo: nil, subject: rendered.subject, date: date,
                        messageID: messageID(sender), text: rendered.text, html: rendered.html)))
        }
        self.init(day: list.day, messages: messages, problems: problems)
    }

    private init(day: LocalDate, messages: [Message], problems: [String]) {
        self.day = day
        notWorkingDay = nil
        self.messages = messages
        self.problems = problems
    }

    private static func render(
        _ due: [(section: Int, item: FollowUpItem)], manager: String?, day: LocalDate, language: LetterLanguage,
        templates: LetterTemplates
    ) throws -> (subject: String, text: String, html: String) {
        let titles = titles(language)
        func values(html: Bool) -> [String: Any] {
            func shown(_ text: String) -> String {
                html ? LetterFacts.html(MailText.clean(text)) : MailText.clean(text)
            }
            let sections: [[String: Any]] = titles.indices.compactMap { index in
                let items = due.filter { $0.section == index }.map(\.item)
                if items.isEmpty { return nil }
                return [
                    "title": shown(titles[index]), "count": items.count,
                    "items": items.map { item -> [String: Any] in
                        [
                            "case_number": String(item.caseID),
                            "client": item.client.map(shown) ?? false,
                            "training": item.training.map(shown) ?? false,
                            "todo": shown(item.todo),
                        ]
                    },
                ]
            }
            return [
                "manager_name": manager.map(shown) ?? false, "day": language.write(day), "count": due.count,
                "sections": sections,
            ]
        }
        let subject = try templates.render(templates.file("digest", language, .subject), values(html: false))
        let text = try templates.render(templates.file("digest", language, .text), values(html: false))
        let html = try templates.render(templates.file("digest", language, .html), values(html: true))
        return (MailText.oneLine(subject), text, html)
    }
}
