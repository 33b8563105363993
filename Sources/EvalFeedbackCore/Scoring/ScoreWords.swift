/// Answers given in words: the Dutch grade words (`voldoende` is a 6), and five-point
/// satisfaction and quality scales in Dutch and English (`tevreden` is 4 of 5).
enum ScoreWords {
    /// The answer a word stands for and the scale it is on; nil for other text. Text in
    /// brackets and digits are ignored (`Uitstekend (10)`).
    static func value(of lowered: String) -> (value: Double, scale: ClosedRange<Double>)? {
        var words = ""
        var depth = 0
        for character in lowered {
            if character == "(" {
                depth += 1
            } else if character == ")" {
                depth = max(0, depth - 1)
            } else if depth == 0,
                !character.isNumber, character != "-", character != "–"
            {
                words.append(character)
            }
        }
        let key = words.split(whereSeparator: { $0 == " " || $0 == "." || $0 == "!" }).joined(separator: " ")
        if let grade = grades[key] { return (grade, 1...10) }
        if let point = fivePoint[key] { return (point, 1...5) }
        return nil
    }

    /// The Dutch grade words, as schools and trainings use them.
    private static let grades: [String: Double] = [
        "zeer slecht": 1, "heel slecht": 1, "slecht": 2, "zeer onvoldoende": 3, "onvoldoende": 4, "matig": 5,
        "voldoende": 6, "ruim voldoende": 7, "goed": 8, "zeer goed": 9, "heel goed": 9, "uitstekend": 10,
    ]

    /// Five-point scales of satisfaction and quality.
    private static let fivePoint: [String: Double] = [
        "zeer ontevreden": 1, "ontevreden": 2, "neutraal": 3, "tevreden": 4, "zeer tevreden": 5,
        "very dissatisfied": 1, "dissatisfied": 2, "neutral": 3, "satisfied": 4, "very satisfied": 5,
        "very poor": 1, "poor": 2, "fair": 3, "average": 3, "good": 4, "very good": 5, "excellent": 5,
        "very bad": 1, "bad": 2,
    ]
}
