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
///
/// A field may have several columns: a matrix scoring the trainer on two points, a form with a
/// Dutch and an English section. A low score in any of them counts (R4).
public struct HeaderMap: Sendable {
    /// The first column of each field found.
    public let columns: [EvaluationField: Int]
    /// The fields found, in the order of their first columns.
    public let orderedColumns: [(field: EvaluationField, index: Int)]
    /// Further columns of a field: read too, never dropped.
    public let extraColumns: [EvaluationField: [Int]]
    /// Header names that matched no field: reported once, not fatal.
    public let unknown: [String]
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
    /// Score columns whose header names another scale (`1-5 sterren`, `0-10`).
    public let answerRanges: [Int: ClosedRange<Double>]
    /// Score fields without a column: empty unless mapped for `inspect` (`requireScores` false).
    public let missing: [EvaluationField]
    /// What each column is used for, in column order: `Hoe beoordeelt u de trainer? → score_trainer`.
    public let uses: [String]

    /// Maps a one-row header.
    init(header: [String], file: String, line: Int) throws(ImportError) {
        try self.init(texts: header.map { [$0] }, mapping: [:], file: file, line: line)
    }

    /// Maps a header whose columns each have candidate texts (a tag row and a question row,
    /// say), the first matching one deciding; `mapping` fixes columns first.
    /// `layout` fixes the columns the tool's structure names, after the mapping's. With
    /// `requireScores` false (`inspect`), a header without score columns is mapped too, and
    /// `missing` says which it lacks.
    init(
        texts: [[String]], mapping: [EvaluationField: ColumnMatcher], layout: ExportLayout? = nil, file: String,
        line: Int, profile: ExportProfile? = nil, requireScores: Bool = true
    ) throws(ImportError) {
        var matcher = HeaderMatcher(texts: texts)
        matcher.fix(mapping)
        if let layout { matcher.fix(layout) }
        matcher.matchNames()
        matcher.settleAmbiguous()
        let uses = matcher.uses
        let missing = EvaluationField.required.filter { matcher.columns[$0] == nil }
        guard missing.isEmpty || !requireScores else {
            throw .missingColumns(
                file: file, line: line, missing: missing.map(\.rawValue),
                expected: EvaluationField.allCases.map(\.rawValue), found: matcher.titles,
                profile: profile)
        }
        self.uses = uses
        self.missing = missing
        columns = matcher.columns
        orderedColumns = matcher.columns.map { (field: $0.key, index: $0.value) }.sorted { $0.index < $1.index }
        extraColumns = matcher.extra
        unknown = matcher.unknown
        titles = matcher.titles
        nameParts = matcher.columns[.respondentName] == nil ? matcher.orderedNameParts : []
        finished = matcher.finished
        lastAction = matcher.lastAction
        answerRanges = matcher.answerRanges
        width = texts.count
    }

    /// Words that mark a column as a score, in the normalised names.
    static let scoreMarks = ["score", "cijfer", "beoordeling", "rating"]

    /// Lowercase, without accents, letters and digits only: `Score – Faciliteiten` → `scorefaciliteiten`.
    public static func normalise(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        return String(folded.unicodeScalars.filter { $0.isASCII && (CharacterSet.alphanumerics.contains($0)) })
    }
}
