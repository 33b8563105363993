import Foundation

/// JSON as every command writes it: pretty, keys sorted, so that diffs and tests are stable.
enum JSONOutput {
    static func encode(_ value: some Encodable) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return visibleDisplayTricks(Array(try encoder.encode(value))) + [0x0A]
    }

    /// The JSON with every display trick (a bidirectional override, which JSONEncoder writes
    /// as it is) written as a `\uXXXX` escape: visible in a viewer, the same value once parsed.
    static func visibleDisplayTricks(_ json: [UInt8]) -> [UInt8] {
        let text = String(decoding: json, as: UTF8.self)
        guard text.mayHoldControls, text.unicodeScalars.contains(where: \.isDisplayTrick) else { return json }
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.isDisplayTrick {
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return Array(out.utf8)
    }
}
