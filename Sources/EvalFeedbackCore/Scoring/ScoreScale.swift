/// How one export writes its score answers, beyond the plain `8` every reader understands.
///
/// Labels with a leading number (`10 - Uitstekend`, `8 (goed)`) are always read; answer codes
/// (LimeSurvey's `A8`) and a reversed scale (1 = excellent) only where the profile or the
/// mapping file says so.
public struct ScoreScale: Sendable, Equatable {
    /// True when 1 is the best answer and 10 the worst: the score is 11 minus the answer.
    public var reversed: Bool
    /// Extra answers meaning "not applicable" (lowercased), e.g. a survey's `99` code.
    public var notApplicable: Set<String>
    /// True when answers are codes `A1`..`A10`; `A90` and up (`A99`) mean no opinion, any
    /// other code is invalid.
    public var answerCodes: Bool

    /// A scale; the defaults read plain scores and labels.
    public init(reversed: Bool = false, notApplicable: Set<String> = [], answerCodes: Bool = false) {
        self.reversed = reversed
        self.notApplicable = notApplicable
        self.answerCodes = answerCodes
    }

    /// Reads one score cell (R2, R4).
    public func read(_ text: String) -> ScoreValue {
        var answer = text.trimmed
        if !notApplicable.isEmpty, notApplicable.contains(answer.lowercased()) { return .notApplicable }
        if answerCodes, let code = Self.answerCode(answer) {
            if code >= 90 { return .notApplicable }
            answer = String(code)
        } else if let number = Self.leadingNumber(answer) {
            answer = number
        }
        let value = ScoreValue(parsing: answer)
        guard reversed, case .score(let score) = value else {
            if case .invalid = value { return .invalid(text.trimmed) }
            return value
        }
        return .score(11 - score)
    }

    /// `A8` → 8.
    private static func answerCode(_ text: String) -> Int? {
        guard text.count >= 2, text.count <= 4, text.first == "A" || text.first == "a" else { return nil }
        let digits = text.dropFirst()
        guard digits.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(digits)
    }

    /// `10 - Uitstekend` → `10`, `7,5 (ruim voldoende)` → `7,5`: a label's leading number,
    /// when text follows it after a space, dash, bracket, colon or equals sign.
    private static func leadingNumber(_ text: String) -> String? {
        guard let end = text.firstIndex(where: { !($0.isASCIIDigit || $0 == "," || $0 == ".") }),
            end != text.startIndex
        else { return nil }
        let rest = text[end...].drop { $0 == " " }
        guard let mark = rest.first, " -–(:=".contains(mark) || rest.count < text[end...].count else { return nil }
        return String(text[..<end])
    }
}
