/// How one export writes its score answers, beyond the plain `8` every reader understands.
///
/// Read in this order: "not applicable" answers; the mapping file's own labels; answer codes
/// (`A8`, `AO08`); the number, or a label's leading number (`3 - Slecht` is a 3); grade and
/// satisfaction words (`Voldoende`, `Zeer tevreden`, `Poor`). An answer on another scale (1-5 stars,
/// 0-10) is converted to 1-10, and a reversed scale (1 = excellent) turned round, before R2
/// decides whether it is low.
public struct ScoreScale: Sendable, Equatable {
    /// True when the lowest answer is the best: `1 = uitstekend, 10 = zeer slecht`.
    public var reversed: Bool
    /// Extra answers meaning "not applicable" (lowercased), e.g. a survey's `99` code.
    public var notApplicable: Set<String>
    /// True when answers are codes `A1`..`A10` (or `AO01`..); code 90 and up means no opinion.
    public var answerCodes: Bool
    /// The answers' scale when it is not 1-10 for every score column, e.g. `1...5`.
    public var range: ClosedRange<Double>?
    /// The mapping file's answer labels (lowercased) and the answer each stands for.
    public var labels: [String: Double]

    /// A scale; the defaults read plain scores, labels and the usual words.
    public init(
        reversed: Bool = false, notApplicable: Set<String> = [], answerCodes: Bool = false,
        range: ClosedRange<Double>? = nil, labels: [String: Double] = [:]
    ) {
        self.reversed = reversed
        self.notApplicable = notApplicable
        self.answerCodes = answerCodes
        self.range = range
        self.labels = labels
    }

    /// Reads one score cell (R2, R4); `columnRange` is the scale its question names, if any.
    public func read(_ text: String, columnRange: ClosedRange<Double>? = nil) -> ScoreValue {
        // Nearly every cell is a plain `1`..`10` on a plain scale: read at once.
        if columnRange == nil, range == nil, !reversed, notApplicable.isEmpty, labels.isEmpty,
            let plain = Self.plainScore(text.utf8)
        {
            return .score(plain)
        }
        let answer = text.trimmed
        let lowered = answer.lowercased()
        if notApplicable.contains(lowered) { return .notApplicable }
        let scale = columnRange ?? range
        var value: Double
        if let label = labels[lowered] {
            value = label
        } else if answerCodes, let code = Self.answerCode(answer) {
            if code >= 90 { return .notApplicable }
            value = Double(code)
        } else if case .score(let number) = Self.number(answer, allowZero: scale?.lowerBound == 0) {
            value = number
        } else if let word = ScoreWords.value(of: lowered) {
            return convert(word.value, from: word.scale, original: answer, reversible: false)
        } else {
            return ScoreValue(parsing: answer) == .notApplicable ? .notApplicable : .invalid(answer)
        }
        return convert(value, from: scale ?? 1...10, original: answer, reversible: true)
    }

    /// `value` on `scale`, turned round when reversed (numbers only: words mean what they say),
    /// as a score from 1 to 10.
    private func convert(_ value: Double, from scale: ClosedRange<Double>, original: String, reversible: Bool)
        -> ScoreValue
    {
        guard scale.contains(value) else { return .invalid(original) }
        let answer = reversed && reversible ? scale.lowerBound + scale.upperBound - value : value
        if scale == 1...10 { return .score(answer) }
        if scale == 0...10 { return .score(max(answer, 1)) }
        let score = 1 + (answer - scale.lowerBound) * 9 / (scale.upperBound - scale.lowerBound)
        return .score((score * 100).rounded() / 100)
    }

    /// `1`..`10` written as just the digits: how nearly every score cell reads, on either
    /// reading of an import (the plain one reads the bytes in place).
    static func plainScore(_ bytes: some Collection<UInt8>) -> Double? {
        guard let first = bytes.first, first >= 0x30, first <= 0x39 else { return nil }
        if bytes.count == 1 { return first == 0x30 ? nil : Double(first - 0x30) }
        if bytes.count == 2, first == 0x31, bytes.dropFirst().first == 0x30 { return 10 }
        return nil
    }

    /// A plain number or a label's leading number, read as R2 reads scores.
    private static func number(_ text: String, allowZero: Bool) -> ScoreValue {
        let number = leadingNumber(text) ?? text
        if allowZero, number == "0" { return .score(0) }
        return ScoreValue(parsing: number)
    }

    /// `A8` → 8, `AO08` → 8.
    private static func answerCode(_ text: String) -> Int? {
        let upper = text.uppercased()
        let digits = upper.hasPrefix("AO") ? upper.dropFirst(2) : upper.hasPrefix("A") ? upper.dropFirst() : ""
        guard !digits.isEmpty, digits.count <= 3, digits.allSatisfy(\.isASCIIDigit) else { return nil }
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
