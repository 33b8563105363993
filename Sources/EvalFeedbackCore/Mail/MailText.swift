/// Cleans the values that go into a message (names, complaints, reasons) so that what the
/// client sees is what was written: display controls made visible, line breaks kept only where
/// a line may break (R16).
public enum MailText {
    /// Bidi overrides and isolates (U+202A-U+202E, U+2066-U+2069) and control characters other
    /// than line feed and tab, shown as `[U+202E]`: an override in a name cannot turn the
    /// letter's text around, and nothing invisible reaches the client. Line ends become `\n`.
    public static func clean(_ text: String) -> String {
        if isClean(text) { return text }
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        var previousCR = false
        for scalar in text.unicodeScalars {
            defer { previousCR = scalar == "\r" }
            switch scalar.value {
            case 0x0D: out.unicodeScalars.append("\n")
            case 0x0A: if !previousCR { out.unicodeScalars.append("\n") }
            case 0x09: out.unicodeScalars.append(scalar)
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029:
                out += visible(scalar)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// True when `clean` would change nothing: most values, and the whole of a morning mail's
    /// body, are checked byte by byte rather than rebuilt scalar by scalar.
    private static func isClean(_ text: String) -> Bool {
        var utf8 = text.utf8.makeIterator()
        var previous: (UInt8, UInt8) = (0, 0)
        while let byte = utf8.next() {
            switch byte {
            case 0x0A, 0x09: break
            case 0x00...0x1F, 0x7F: return false
            // C1 controls are C2 80-9F; U+2028-U+202E are E2 80 A8-AE; U+2066-U+2069 are E2 81 A6-A9.
            case 0x80...0x9F where previous.1 == 0xC2: return false
            case 0xA8...0xAE where previous == (0xE2, 0x80): return false
            case 0xA6...0xA9 where previous == (0xE2, 0x81): return false
            default: break
            }
            previous = (previous.1, byte)
        }
        return true
    }

    /// `clean`, then every line break and tab a space and runs of spaces one: a value for a
    /// header or a one-line field, where a line break could start a new header.
    public static func oneLine(_ text: String) -> String {
        clean(text).split(whereSeparator: { $0 == "\n" || $0 == "\t" || $0 == " " }).joined(separator: " ")
    }

    private static func visible(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "[U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
    }
}
