import Foundation

/// A strict reader of RFC 5545 as far as the feed uses it: CRLF only, lines of at most 75
/// octets, folding, a content line's grammar, nested BEGIN/END, the properties each component
/// must have, dates and date-times in their forms, unique UIDs, and TEXT escaping.
struct StrictICalendar {
    struct Event: Equatable {
        var properties: [String: String] = [:]
        var parameters: [String: String] = [:]
    }

    enum Problem: Error, CustomStringConvertible {
        case bad(String)
        var description: String {
            switch self {
            case .bad(let text): text
            }
        }
    }

    private(set) var calendar: [String: String] = [:]
    private(set) var events: [Event] = []

    init(_ text: String) throws {
        let bytes = Array(text.utf8)
        guard text.hasSuffix("\r\n") else { throw Problem.bad("does not end with CRLF") }
        for (index, byte) in bytes.enumerated() where byte == 0x0A && (index == 0 || bytes[index - 1] != 0x0D) {
            throw Problem.bad("bare LF at byte \(index)")
        }
        var physical = text.components(separatedBy: "\r\n")
        physical.removeLast()
        var lines: [String] = []
        for line in physical {
            guard line.utf8.count <= 75 else { throw Problem.bad("line longer than 75 octets: \(line)") }
            if line.hasPrefix(" ") || line.hasPrefix("\t") {
                guard !lines.isEmpty else { throw Problem.bad("continuation first") }
                lines[lines.count - 1] += line.dropFirst()
            } else {
                lines.append(line)
            }
        }
        var stack: [String] = []
        var event: Event?
        var uids: Set<String> = []
        for line in lines {
            guard let colon = Self.valueColon(line) else { throw Problem.bad("no ':' in \(line)") }
            let head = line[..<colon]
            let value = String(line[line.index(after: colon)...])
            let parts = head.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            let name = parts[0]
            guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }),
                name == name.uppercased()
            else { throw Problem.bad("bad name in \(line)") }
            var parameters: [String: String] = [:]
            for parameter in parts.dropFirst() {
                let pair = parameter.split(separator: "=", maxSplits: 1).map(String.init)
                guard pair.count == 2 else { throw Problem.bad("bad parameter in \(line)") }
                parameters[pair[0]] = pair[1]
            }
            switch name {
            case "BEGIN":
                if value == "VEVENT" {
                    guard stack == ["VCALENDAR"] else { throw Problem.bad("VEVENT outside VCALENDAR") }
                    event = Event()
                } else if value != "VCALENDAR" || !stack.isEmpty {
                    throw Problem.bad("unexpected BEGIN:\(value)")
                }
                stack.append(value)
            case "END":
                guard stack.last == value else { throw Problem.bad("END:\(value) does not close \(stack.last ?? "-")") }
                stack.removeLast()
                if value == "VEVENT", let done = event {
                    guard let uid = done.properties["UID"], let stamp = done.properties["DTSTAMP"],
                        let start = done.properties["DTSTART"], let summary = done.properties["SUMMARY"]
                    else { throw Problem.bad("VEVENT without UID, DTSTAMP, DTSTART or SUMMARY") }
                    guard uids.insert(uid).inserted else { throw Problem.bad("UID twice") }
                    guard Self.isDateTimeUTC(stamp) else { throw Problem.bad("DTSTAMP form") }
                    guard done.parameters["DTSTART"] == "VALUE=DATE", Self.isDate(start),
                        let end = done.properties["DTEND"], Self.isDate(end), end > start
                    else { throw Problem.bad("DTSTART/DTEND are not all-day dates in order") }
                    try Self.checkText(summary)
                    events.append(done)
                    event = nil
                }
            default:
                guard let current = stack.last else { throw Problem.bad("\(name) outside VCALENDAR") }
                if current == "VEVENT" {
                    guard event?.properties[name] == nil else { throw Problem.bad("\(name) twice in a VEVENT") }
                    event?.properties[name] = value
                    event?.parameters[name] = parameters.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: ";")
                } else {
                    calendar[name] = value
                }
            }
        }
        guard stack.isEmpty else { throw Problem.bad("unclosed \(stack)") }
        guard calendar["VERSION"] == "2.0", calendar["PRODID"] != nil else { throw Problem.bad("VERSION or PRODID") }
    }

    /// The colon that ends the name and parameters (a quoted parameter may hold one).
    private static func valueColon(_ line: String) -> String.Index? {
        var quoted = false
        for index in line.indices {
            if line[index] == "\"" { quoted.toggle() }
            if line[index] == ":", !quoted { return index }
        }
        return nil
    }

    private static func isDate(_ text: String) -> Bool {
        text.count == 8 && text.allSatisfy(\.isNumber)
            && DateComponents(
                calendar: Calendar(identifier: .gregorian), year: Int(text.prefix(4)),
                month: Int(text.dropFirst(4).prefix(2)),
                day: Int(text.suffix(2))
            ).isValidDate
    }

    private static func isDateTimeUTC(_ text: String) -> Bool {
        text.count == 16 && isDate(String(text.prefix(8))) && text.dropFirst(8).first == "T" && text.hasSuffix("Z")
            && text.dropFirst(9).dropLast().allSatisfy(\.isNumber)
    }

    /// A TEXT value: `;` and `,` only escaped, a backslash only before `\`, `;`, `,`, `n` or `N`.
    private static func checkText(_ text: String) throws {
        var escaped = false
        for character in text {
            if escaped {
                guard "\\;,nN".contains(character) else { throw Problem.bad("bad escape \\\(character)") }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ";" || character == "," {
                throw Problem.bad("unescaped \(character) in TEXT")
            } else if character.unicodeScalars.contains(where: { $0.value < 0x20 }) {
                throw Problem.bad("control character in TEXT")
            }
        }
        if escaped { throw Problem.bad("TEXT ends in a backslash") }
    }
}
