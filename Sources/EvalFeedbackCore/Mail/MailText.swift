/// Cleans the values that go into a message (names, complaints, reasons) so that what the
/// client sees is what was written: display controls made visible, line breaks kept only where
/// a line may break (R16).
public enum MailText {
    /// Bidi overrides and isolates (U+202A-U+202E, U+2066-U+2069) and control characters other
    /// than line feed and tab, shown as `[U+202E]`: an override in a name cannot turn the
    /// letter's text around, and nothing invisible reaches the client. Line ends become `\n`.
    public static func clean(_ text: String) -> String {
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
