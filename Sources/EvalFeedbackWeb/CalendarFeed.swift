import Foundation
import EvalFeedbackCore

/// The calendar feed (RFC 5545): an all-day event for each contact and resolution deadline of
/// the user's open cases, with ids that stay the same from one fetch to the next, so that a
/// calendar updates an event rather than adding another.
///
/// An event says the case number, the deadline and the training, and nothing else: no names,
/// email addresses or comments (R16), since calendars are shared and synced to phones.
struct CalendarFeed {
    /// The open cases' deadlines.
    let items: [FollowUpItem]
    /// The pages' language of the feed's owner.
    let language: String

    /// The feed, with CRLF line ends and lines folded at 75 octets.
    var text: String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//evalfeedback//evalfeedback-server//NL", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:" + Self.escaped(english ? "Complaint deadlines" : "Klachttermijnen"),
        ]
        for item in items where item.state == .registered || item.state == .contacted {
            if item.contactedOn == nil {
                lines += event(item, kind: "contact", day: item.contactDue)
            }
            lines += event(item, kind: "resolution", day: item.resolutionDue)
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.folded).joined(separator: "\r\n") + "\r\n"
    }

    private var english: Bool { language == "en" }

    private func event(_ item: FollowUpItem, kind: String, day: LocalDate) -> [String] {
        let what =
            kind == "contact"
            ? (english ? "contact due" : "contact uiterlijk") : (english ? "resolution due" : "afhandeling uiterlijk")
        var summary = "\(english ? "Case" : "Zaak") \(item.caseID): \(what)"
        if let training = item.training?.safeForMessage, !training.isEmpty { summary += " – " + training }
        return [
            "BEGIN:VEVENT",
            "UID:case-\(item.caseID)-\(kind)@evalfeedback",
            "DTSTAMP:\(Self.compact(item.registeredOn))T000000Z",
            "DTSTART;VALUE=DATE:\(Self.compact(day))",
            "DTEND;VALUE=DATE:\(Self.compact(LocalDate(dayNumber: day.dayNumber + 1)))",
            "SUMMARY:" + Self.escaped(summary),
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    }

    private static func compact(_ day: LocalDate) -> String { day.description.replacingOccurrences(of: "-", with: "") }

    /// A TEXT value: backslash, semicolon and comma escaped, line breaks as `\n`, other
    /// control characters dropped.
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n": result += "\\n"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A line folded into lines of at most 75 octets, each continuation starting with a space,
    /// never inside a character.
    static func folded(_ line: String) -> String {
        var lines: [String] = []
        var current = ""
        var octets = 0
        for character in line {
            let size = character.utf8.count
            let limit = lines.isEmpty ? 75 : 74
            if octets + size > limit {
                lines.append(current)
                current = ""
                octets = 0
            }
            current.append(character)
            octets += size
        }
        lines.append(current)
        return lines.joined(separator: "\r\n ")
    }
}
