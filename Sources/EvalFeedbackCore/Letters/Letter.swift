public import Foundation

/// A letter to the client, rendered and checked: its text and HTML both hold every element
/// its kind requires (R9, R11, R14), or it is not made.
public struct Letter: Sendable, Equatable {
    /// What it says.
    public let facts: LetterFacts
    /// The subject line.
    public let subject: String
    /// The plain-text body.
    public let text: String
    /// The HTML body.
    public let html: String

    /// The letter `facts` describe, rendered with `templates`.
    public init(_ facts: LetterFacts, templates: LetterTemplates) throws(LetterError) {
        let name = facts.kind.rawValue
        let language = facts.language
        self.facts = facts
        subject = MailText.oneLine(
            try templates.render(templates.file(name, language, .subject), facts.values(html: false)))
        let textFile = try templates.file(name, language, .text)
        text = try templates.render(textFile, facts.values(html: false))
        try Self.check(text, of: facts, file: textFile, part: .text)
        let htmlFile = try templates.file(name, language, .html)
        html = try templates.render(htmlFile, facts.values(html: true))
        try Self.check(html, of: facts, file: htmlFile, part: .html)
    }

    /// The email: from the academy, to the client, replies to the account manager.
    public func message(from sender: MailAddress, replyTo manager: MailAddress?, date: Date, messageID: String)
        -> MailMessage
    {
        MailMessage(
            from: sender, to: facts.recipient, replyTo: manager, subject: subject, date: date, messageID: messageID,
            text: text, html: html)
    }

    /// Refuses `rendered` when it lacks one of the elements `facts.kind` requires. The check
    /// reads the output, not the template: whatever a template does, the value must be there
    /// (outside HTML comments, which the client never sees).
    static func check(_ rendered: String, of facts: LetterFacts, file: LetterTemplates.File, part: LetterTemplates.Part)
        throws(LetterError)
    {
        let visible = part == .html ? withoutComments(rendered) : rendered
        for element in facts.kind.requiredElements {
            guard let value = facts.required(element).map(MailText.clean) else {
                throw .elementDropped(file: file.label, element: element)
            }
            let shown = part == .html ? LetterFacts.html(value) : value
            guard visible.contains(shown) else { throw .elementDropped(file: file.label, element: element) }
        }
    }

    private static func withoutComments(_ html: String) -> String {
        var out = ""
        var rest = html[...]
        while let open = rest.range(of: "<!--") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "-->") else { return out }
            rest = rest[close.upperBound...]
        }
        return out + rest
    }
}
