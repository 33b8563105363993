import Foundation

/// The work of `HeaderMap`, step by step: the mapping file's columns, then names and question
/// texts, then the names that fit two fields.
struct HeaderMatcher {
    let texts: [[String]]
    let titles: [String]
    private(set) var keys: [String]
    private(set) var columns: [EvaluationField: Int] = [:]
    private(set) var extra: [EvaluationField: [Int]] = [:]
    private(set) var unknown: [String] = []
    private(set) var nameParts: [Int] = []
    private(set) var finished: Int?
    private(set) var lastAction: Int?
    private(set) var answerRanges: [Int: ClosedRange<Double>] = [:]
    private var ambiguous: [(index: Int, fields: [EvaluationField])] = []
    private var fixed: Set<Int> = []
    /// The tool's own times that are not the submission time.
    private var bookkeeping: Set<Int> = []

    init(texts: [[String]]) {
        self.texts = texts
        titles = texts.map { $0.last(where: { !$0.isEmpty }) ?? "" }
        keys = titles.map(HeaderMap.normalise)
    }

    /// Gives `field` the column `index`, or adds it as a further column of the field.
    private mutating func assign(_ field: EvaluationField, _ index: Int) {
        if columns[field] == nil { columns[field] = index } else { extra[field, default: []].append(index) }
        if EvaluationField.required.contains(field), let range = Self.answerRange(titles[index]) {
            answerRanges[index] = range
        }
    }

    /// The mapping file's columns, before anything is detected.
    mutating func fix(_ mapping: [EvaluationField: ColumnMatcher]) {
        for (field, matcher) in mapping.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            for index in texts.indices where !fixed.contains(index) && texts[index].contains(where: matcher.matches) {
                assign(field, index)
                fixed.insert(index)
            }
        }
    }

    /// The columns the tool's structure names (`ExportLayout`), where the mapping file did
    /// not name them: the completion column in any language, the tool's id; its other times
    /// are left unused rather than read as questions.
    mutating func fix(_ layout: ExportLayout) {
        for (field, index) in layout.fields.sorted(by: { $0.value < $1.value })
        where index < texts.count && !fixed.contains(index) && columns[field] == nil {
            assign(field, index)
            fixed.insert(index)
        }
        if let index = layout.finished, index < texts.count, !fixed.contains(index) {
            finished = index
            fixed.insert(index)
        }
        if let index = layout.lastAction, index < texts.count, !fixed.contains(index) {
            lastAction = index
            fixed.insert(index)
        }
        for index in layout.bookkeeping where index < texts.count && !fixed.contains(index) {
            fixed.insert(index)
            bookkeeping.insert(index)
        }
    }

    /// Known column names first, then survey questions by their text.
    mutating func matchNames() {
        for (index, candidates) in texts.enumerated() where !fixed.contains(index) {
            let normalised = candidates.map(HeaderMap.normalise)
            if let hit = normalised.firstIndex(where: { key in
                EvaluationField.allCases.contains { $0.names.contains(key) }
            }) {
                keys[index] = normalised[hit]
                let fields = EvaluationField.allCases.filter { $0.names.contains(normalised[hit]) }
                if fields.count == 1 { assign(fields[0], index) } else { ambiguous.append((index, fields)) }
            } else if normalised.contains(where: Self.namePartKeys.contains) {
                nameParts.append(index)
            } else if normalised.contains(where: { $0 == "finished" || $0 == "voltooid" }) {
                finished = index
            } else if normalised.contains(where: Self.lastActionKeys.contains) {
                lastAction = index
            } else if let fields = candidates.reversed().lazy.map(QuestionText.fields).first(where: { !$0.isEmpty }) {
                for field in fields { assign(field, index) }
            } else if !keys[index].isEmpty {
                unknown.append(titles[index])
            }
        }
    }

    /// `Training` and `Trainer`: a name or a score, decided once every other column is known.
    mutating func settleAmbiguous() {
        let markedScores = EvaluationField.required.compactMap { columns[$0] }.contains { index in
            HeaderMap.scoreMarks.contains { keys[index].contains($0) }
        }
        for (position, (index, fields)) in ambiguous.enumerated() {
            let free = fields.filter { columns[$0] == nil }
            let repeatsLater = ambiguous[(position + 1)...].contains { keys[$0.index] == keys[index] }
            let preferName = repeatsLater || markedScores
            if let field = free.first(where: { EvaluationField.required.contains($0) != preferName }) ?? free.first {
                assign(field, index)
            } else if let score = fields.first(where: EvaluationField.required.contains) {
                assign(score, index)  // a third `Training`: another score column, never dropped
            }
        }
    }

    /// First name, then any infix, then last name, whatever order the columns are in.
    var orderedNameParts: [Int] {
        let order = ["first", "voornaam", "tussenvoegsel", "last", "achternaam"]
        func rank(_ index: Int) -> Int { order.firstIndex { keys[index].contains($0) } ?? order.count }
        return nameParts.sorted { rank($0) < rank($1) }
    }

    /// What each column became, for `inspect` and messages.
    var uses: [String] {
        var fieldsOf: [Int: [String]] = [:]
        for (field, index) in columns { fieldsOf[index, default: []].append(field.rawValue) }
        for (field, indices) in extra {
            for index in indices { fieldsOf[index, default: []].append(field.rawValue + " (another column for it)") }
        }
        return titles.indices.map { index in
            var use: String
            if let fields = fieldsOf[index] {
                use = fields.sorted().joined(separator: " and ")
                if let range = answerRanges[index] {
                    use += " (answers \(Int(range.lowerBound))-\(Int(range.upperBound)), converted to 1-10)"
                }
            } else if nameParts.contains(index) {
                use = "respondent_name (joined with the other name part)"
            } else if index == finished {
                use = "unfinished when false or 0"
            } else if index == lastAction {
                use = "the time of an unfinished response"
            } else if bookkeeping.contains(index) {
                use = "(the tool's start or edit time: not used)"
            } else {
                use = "(not used)"
            }
            return "\(Self.shown(titles[index])) → \(use)"
        }
    }

    /// A header as one line: a question's text may run over several lines and paragraphs.
    static func shown(_ title: String) -> String {
        let line = title.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if line.isEmpty { return "(empty)" }
        return line.count > 100 ? line.prefix(99) + "…" : line
    }

    /// The answer range a question names: `(1-5)`, `1 tot 5`, `0-10`, `sterren` (1-5).
    static func answerRange(_ title: String) -> ClosedRange<Double>? {
        let lower = title.lowercased()
        if let match = lower.range(of: #"(\d{1,2})\s*(-|–|tot|to|t/m)\s*(\d{1,2})"#, options: .regularExpression) {
            let numbers = lower[match].split { !$0.isASCIIDigit }.compactMap { Double($0) }
            if numbers.count == 2, numbers[0] < numbers[1], numbers != [1, 10], numbers[1] <= 10 {
                return numbers[0]...numbers[1]
            }
            return nil
        }
        if lower.contains("sterren") || lower.contains("stars") || lower.contains("star rating") { return 1...5 }
        return nil
    }

    private static let namePartKeys: Set<String> = [
        "firstname", "lastname", "voornaam", "achternaam", "recipientfirstname", "recipientlastname", "tussenvoegsel",
    ]

    private static let lastActionKeys: Set<String> = [
        "datestamp", "datelastaction", "datumlaatsteactie", "lastactiondate", "lastmodifiedtime",
        "tijdstipvanlaatstewijziging",
    ]
}
