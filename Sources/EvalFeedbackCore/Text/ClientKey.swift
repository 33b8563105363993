import Foundation

/// How a client's name is matched between exports and the clients file (R15): case, accents
/// and spacing do not matter, so `Gemeente  Utrecht` and `gemeente utrecht` are one client.
enum ClientKey {
    static func of(_ name: String) -> String {
        name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .lowercased()
            .split(whereSeparator: \.isWhitespace)
            .joined(separator: " ")
    }
}
