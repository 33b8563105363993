/// What one score cell of an evaluation holds (R1, R2, R4).
public enum ScoreValue: Sendable, Equatable {
    /// A score from 1 to 10; decimals allowed (`7,5` and `7.5` are both 7.5).
    case score(Double)
    /// Empty, or "not applicable" (`n.v.t.`, `N/A`, `-`): not a score and never a flag.
    case notApplicable
    /// Anything else (`0`, `11`, `zes`): a data-quality warning on the field.
    case invalid(String)

    /// The texts that mean "not applicable", lowercased.
    static let notApplicableTexts: Set<String> = [
        "", "-", "n.v.t.", "n.v.t", "nvt", "n/a", "na", "n.a.", "not applicable", "nvt.", "niet van toepassing",
        "geen mening", "no opinion", "weet niet", "don't know", "weet ik niet", "niet beantwoord", "-99",
    ]

    /// Reads a cell as an export writes it.
    public init(parsing text: String) {
        let trimmed = text.trimmed
        if Self.notApplicableTexts.contains(trimmed.lowercased()) {
            self = .notApplicable
            return
        }
        let normalised = String(trimmed.map { $0 == "," ? "." : $0 })
        let parts = normalised.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
            parts[0].count <= 2, let value = Double(normalised), (1...10).contains(value)
        else {
            self = .invalid(trimmed)
            return
        }
        self = .score(value)
    }

    /// The score, when there is one.
    public var value: Double? {
        if case .score(let value) = self { return value }
        return nil
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
