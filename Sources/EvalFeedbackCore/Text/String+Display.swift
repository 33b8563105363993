extension Unicode.Scalar {
    /// A character that changes how the text around it is *shown* without being seen itself:
    /// the bidirectional embeddings and overrides (U+202A-U+202E), isolates (U+2066-U+2069) and
    /// marks (U+200E, U+200F, U+061C). `Mgr\u{202E}LMTH.exe` shows as "Mgrexe.HTML"; every
    /// output removes them.
    var isDisplayTrick: Bool {
        switch value {
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
        default: false
        }
    }

    /// A line break of any kind: LF, CR, VT, FF, NEL, and the Unicode line and paragraph separators.
    var isLineBreak: Bool {
        switch value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// A C0 or C1 control character, or DEL.
    var isControl: Bool { properties.generalCategory == .control }
}

extension StringProtocol {
    /// The text on one line: each run of white space that holds a line break becomes one space,
    /// and display tricks are removed. For names typed or configured (a manager, a client),
    /// whose line break would split a list's lines.
    var collapsedToOneLine: String {
        var out = String.UnicodeScalarView()
        var pendingBreak = false
        for scalar in unicodeScalars where !scalar.isDisplayTrick {
            if scalar.isLineBreak {
                while out.last.map({ $0.properties.isWhitespace }) == true { out.removeLast() }
                pendingBreak = true
                continue
            }
            if pendingBreak {
                if scalar.properties.isWhitespace { continue }
                out.append(" ")
                pendingBreak = false
            }
            out.append(scalar)
        }
        return String(out)
    }

    /// The text for a message on the terminal: display tricks removed, and controls other than
    /// line breaks as spaces. A message may quote a name from an export or the register.
    public var safeForMessage: String {
        var out = String.UnicodeScalarView()
        for scalar in unicodeScalars where !scalar.isDisplayTrick {
            out.append(scalar.isControl && scalar != "\n" ? " " : scalar)
        }
        return String(out)
    }

    /// True when the text holds a line break, another control character or a display trick:
    /// what a name in a clients file must not hold.
    var holdsControlOrDisplayTrick: Bool {
        unicodeScalars.contains { $0.isControl || $0.isLineBreak || $0.isDisplayTrick }
    }
}
