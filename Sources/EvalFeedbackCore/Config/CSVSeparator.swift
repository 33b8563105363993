/// The character between the cells of the CSV files written for people.
///
/// Dutch Excel splits a double-clicked CSV on its list separator, `;`, so that is the default;
/// an English-language Excel or another program wants `,` (config `csv_separator`).
public enum CSVSeparator: String, Sendable, Equatable {
    /// `;`, Excel's list separator in Dutch (and most European) settings.
    case semicolon = ";"
    /// `,`, Excel's list separator in English settings.
    case comma = ","

    /// The separator named by a config value: the character itself, or its name.
    init?(setting: String) {
        switch setting.trimmed.lowercased() {
        case ";", "semicolon": self = .semicolon
        case ",", "comma": self = .comma
        default: return nil
        }
    }

    /// The separator's byte.
    var byte: UInt8 { rawValue.utf8.first ?? 0x3B }
}
