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
        var out = ""
        let hex = Array("0123456789ABCDEF")
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { out += "\n" }
            let bytes = Array(line.utf8)
            var length = 0
            for (position, byte) in bytes.enumerated() {
                let last = position == bytes.count - 1
                let startsBadly = position == 0 && (byte == 46 || line.hasPrefix("From "))
                let plain =
                    !startsBadly
                    && ((byte >= 33 && byte <= 126 && byte != 61) || ((byte == 32 || byte == 9) && !last))
                let piece =
                    plain
                    ? String(UnicodeScalar(byte))
                    : "=" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0x0F)])
                if length + piece.count > (last ? 76 : 75) {
                    out += "=\n"
                    length = 0
                }
                out += piece
                length += piece.count
            }
        }
        return out
    }

    /// RFC 5322's date: `Fri, 18 Dec 2026 09:00:00 +0100`, in Dutch civil time.
    static func date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Europe/Amsterdam") ?? TimeZone(secondsFromGMT: 3600)
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.string(from: date)
    }
}
