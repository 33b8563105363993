import Foundation

/// The encodings a message needs (RFC 2045, RFC 2047, RFC 5322), written here because none of
/// the packages this project may use builds a MIME message.
enum MailEncoding {
    /// A display name: as it is when it is plain ASCII words, in quotes when it holds
    /// punctuation, encoded words when it is not ASCII.
    static func phrase(_ name: String) -> String {
        let text = MailText.oneLine(name)
        guard text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) else {
            return encodedWords(text)
        }
        let atext = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~ ")
        if text.allSatisfy({ atext.contains($0) }) { return text }
        return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            + "\""
    }

    /// An unstructured header's value (Subject): folded at spaces when ASCII, else encoded
    /// words; `used` is the length of the header's name and colon already on the line.
    static func unstructured(_ value: String, used: Int) -> String {
        let text = MailText.oneLine(value)
        guard text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) else {
            return encodedWords(text)
        }
        var lines: [String] = []
        var line = ""
        var room = 78 - used
        for word in text.split(separator: " ") {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count > room {
                lines.append(line)
                line = String(word)
                room = 77
            } else {
                line += " " + word
            }
        }
        lines.append(line)
        return lines.joined(separator: "\n ")
    }

    /// RFC 2047 B-encoded words of at most 75 characters, split between characters (never
    /// inside one) and folded one per line.
    static func encodedWords(_ text: String) -> String {
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > 45, !chunk.isEmpty {
                words.append(word(chunk))
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty || words.isEmpty { words.append(word(chunk)) }
        return words.joined(separator: "\n ")
    }

    private static func word(_ bytes: [UInt8]) -> String {
        "=?UTF-8?B?" + Data(bytes).base64EncodedString() + "?="
    }

    /// Quoted-printable (RFC 2045 §6.7) of `text`'s UTF-8, with `\n` line ends: lines of at most
    /// 76 characters, `=` and bytes outside printable ASCII encoded, and a space or tab at a
    /// line's end encoded so that no mail server strips it. A dot or `From ` that starts a line
    /// is encoded too: a sendmail run without `-oi` would end the message at a lone dot, and
    /// mbox files mangle `From `.
    static func quotedPrintable(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        let hex = Array("0123456789ABCDEF".utf8)
        let newline = UInt8(ascii: "\n")
        for (index, line) in text.utf8.split(separator: newline, omittingEmptySubsequences: false).enumerated() {
            if index > 0 { out.append(newline) }
            let startsBadly = line.first == UInt8(ascii: ".") || line.starts(with: "From ".utf8)
            var length = 0
            var position = line.startIndex
            while position < line.endIndex {
                let byte = line[position]
                let next = line.index(after: position)
                let last = next == line.endIndex
                let plain =
                    !(startsBadly && position == line.startIndex)
                    && ((byte >= 33 && byte <= 126 && byte != 61) || ((byte == 32 || byte == 9) && !last))
                let width = plain ? 1 : 3
                if length + width > (last ? 76 : 75) {
                    out += [UInt8(ascii: "="), newline]
                    length = 0
                }
                if plain {
                    out.append(byte)
                } else {
                    out += [UInt8(ascii: "="), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
                }
                length += width
                position = next
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// RFC 5322's date: `Fri, 18 Dec 2026 09:00:00 +0100`, in Dutch civil time. Written from the
    /// day number rather than with a DateFormatter, which cost more than the rest of a letter.
    static func date(_ date: Date) -> String {
        let offset = amsterdam.secondsFromGMT(for: date)
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + offset
        let time = (seconds % 86_400 + 86_400) % 86_400  // before 1970 too
        let days = (seconds - time) / 86_400
        let day = LocalDate(dayNumber: days)
        let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let zone = "\(offset < 0 ? "-" : "+")\(two(abs(offset) / 3600))\(two(abs(offset) % 3600 / 60))"
        return "\(weekdays[day.weekday - 1]), \(two(day.day)) \(months[day.month - 1]) \(day.year) "
            + "\(two(time / 3600)):\(two(time % 3600 / 60)):\(two(time % 60)) \(zone)"
    }

    private static let amsterdam = TimeZone(identifier: "Europe/Amsterdam") ?? TimeZone(secondsFromGMT: 3600) ?? .gmt
}
