import Foundation

/// Which column of a file holds which field, from its header row or rows.
///
/// Matching forgives case, spaces, punctuation and accents, and knows the usual Dutch and
/// English names; a column whose name is none of those is read as a survey question
/// (`QuestionText`). A mapping file's columns come first. Names that fit two fields
/// (`Training`: the course's name or its score) go to the field no other column claims. When
/// a name occurs twice, the first column is the name and the later one the score (exports put
/// context before answers). When both fields are free, the file's style decides: where the
/// other scores are bare names (`Dag`, `Faciliteiten`) it is the score, where they are marked
/// (`score_day`, `Cijfer dag`) it is the name.
public struct HeaderMap: Sendable {
    /// The column index of each field found.
    public let columns: [EvaluationField: Int]
    /// The fields found, in the order of their columns.
    public let orderedColumns: [(field: EvaluationField, index: Int)]
    /// Header names that matched no field: reported once, not fatal.
    public let unknown: [String]
    /// Columns whose field an earlier column already holds; ignored.
    public let repeated: [String]
    /// How many columns the header has.
    public let width: Int
    /// Each column's header as shown to users (a matrix question with its row).
    public let titles: [String]
    /// First- and last-name columns, joined into the respondent's name when there is no name column.
    public let nameParts: [Int]
    /// A `Finished` column (Qualtrics): false or 0 marks an unfinished response.
    public let finished: Int?
    /// The last-action time (LimeSurvey's `datestamp`): an unfinished response's date.
    public let lastAction: Int?
    /// What each column is used for, in column order: `Hoe beoordeelt u de trainer? → score_trainer`.
    public let uses: [String]

    /// Maps a one-row header.
    init(header: [String], file: String, line: Int) throws(ImportError) {
        try self.init(texts: header.map { [$0] }, mapping: [:], file: file, line: line)
    }

    /// Maps a header whose columns each have candidate texts (a tag row and a question row,
    /// say), the first matching one deciding; `mapping` fixes columns first.
    init(texts: [[String]], mapping: [EvaluationField: ColumnMatcher], file: String, line: Int) throws(ImportError) {
        let titles = texts.map { $0.last(where: { !$0.isEmpty }) ?? "" }
        var columns: [EvaluationField: Int] = [:]
        var ambiguous: [(index: Int, fields: [EvaluationField])] = []
        var unknown: [String] = []
        var repeated: [String] = []
        var keys = titles.map(Self.normalise)
        var nameParts: [Int] = []
        var finished: Int?
        var lastAction: Int?
        var fixed: Set<Int> = []
        for (field, matcher) in mapping.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            if let index = texts.indices.first(where: {
                !fixed.contains($0) && texts[$0].contains(where: matcher.matches)
            }) {
                columns[field] = index
                fixed.insert(index)
            }
        }
        for (index, candidates) in texts.enumerated() where !fixed.contains(index) {
            let normalised = candidates.map(Self.normalise)
            if let hit = normalised.firstIndex(where: { key in
                EvaluationField.allCases.contains { $0.names.contains(key) }
            }) {
                keys[index] = normalised[hit]
                let fields = EvaluationField.allCases.filter { $0.names.contains(normalised[hit]) }
                if fields.count == 1 {
                    if columns[fields[0]] == nil { columns[fields[0]] = index } else { repeated.append(titles[index]) }
                } else {
                    ambiguous.append((index, fields))
                }
                continue
            }
            if normalised.contains(where: Self.namePartKeys.contains) {
                nameParts.append(index)
            } else if normalised.contains(where: { $0 == "finished" || $0 == "voltooid" }) {
                finished = index
            } else if normalised.contains(where: Self.lastActionKeys.contains) {
                lastAction = index
            } else if let field = candidates.reversed().lazy.compactMap(QuestionText.field).first {
                if columns[field] == nil { columns[field] = index } else { repeated.append(titles[index]) }
            } else if !keys[index].isEmpty {
                unknown.append(titles[index])
            }
        }
        let markedScores = EvaluationField.required.compactMap { columns[$0] }.contains { index in
            Self.scoreMarks.contains { keys[index].contains($0) }
        }
        for (position, (index, fields)) in ambiguous.enumerated() {
            let free = fields.filter { columns[$0] == nil }
            let repeatsLater = ambiguous[(position + 1)...].contains { keys[$0.index] == keys[index] }
            let preferName = repeatsLater || markedScores
            let field = free.first { EvaluationField.required.contains($0) != preferName } ?? free.first
            if let field { columns[field] = index } else { repeated.append(titles[index]) }
        }
        let fieldOf = Dictionary(columns.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })
        let uses = titles.indices.map { index in
            let use =
                if let field = fieldOf[index] { field.rawValue } else if nameParts.contains(index) {
                    "respondent_name (joined with the other name part)"
                } else if index == finished { "unfinished when false or 0" } else if index == lastAction {
                    "the time of an unfinished response"
                } else { "(not used)" }
            return "\(titles[index].isEmpty ? "(empty)" : titles[index]) → \(use)"
        }
        let missing = EvaluationField.required.filter { columns[$0] == nil }
        guard missing.isEmpty else {
            throw .missingColumns(
                file: file, line: line, missing: missing.map(\.rawValue),
                expected: EvaluationField.allCases.map(\.rawValue), found: titles, recognised: uses)
        }
        self.uses = uses
        self.columns = columns
        orderedColumns = columns.map { (field: $0.key, index: $0.value) }.sorted { $0.index < $1.index }
        self.unknown = unknown
        self.repeated = repeated
        self.titles = titles
        // First name, then any infix, then last name, whatever order the columns are in.
        let order = ["first", "voornaam", "tussenvoegsel", "last", "achternaam"]
        func rank(_ index: Int) -> Int { order.firstIndex { keys[index].contains($0) } ?? order.count }
        self.nameParts = columns[.respondentName] == nil ? nameParts.sorted { rank($0) < rank($1) } : []
        self.finished = finished
        self.lastAction = lastAction
        width = texts.count
    }

    /// Words that mark a column as a score, in the normalised names.
    static let scoreMarks = ["score", "cijfer", "beoordeling", "rating"]

    private static let namePartKeys: Set<String> = [
        "firstname", "lastname", "voornaam", "achternaam", "recipientfirstname", "recipientlastname", "tussenvoegsel",
    ]

    private static let lastActionKeys: Set<String> = [
        "datestamp", "datelastaction", "datumlaatsteactie", "lastactiondate", "lastmodifiedtime",
        "tijdstipvanlaatstewijziging",
    ]

    /// Lowercase, without accents, letters and digits only: `Score – Faciliteiten` → `scorefaciliteiten`.
    public static func normalise(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        return String(folded.unicodeScalars.filter { $0.isASCII && (CharacterSet.alphanumerics.contains($0)) })
    }
}
