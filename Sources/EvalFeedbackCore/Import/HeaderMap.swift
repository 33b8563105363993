import Foundation

/// Which column of a file holds which field, from its header line.
///
/// Matching forgives case, spaces, punctuation and accents, and knows the usual Dutch and
/// English names. Names that fit two fields (`Training`: the course's name or its score) go
/// to the field no other column claims. When a name occurs twice, the first column is the
/// name and the later one the score (exports put context before answers). When both fields
/// are free, the file's style decides: where the other scores are bare names (`Dag`,
/// `Faciliteiten`) it is the score, where they are marked (`score_day`, `Cijfer dag`) it is
/// the name.
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

    /// Maps `header`; throws when a required score column is missing.
    init(header: [String], file: String, line: Int) throws(ImportError) {
        let keys = header.map(Self.normalise)
        var columns: [EvaluationField: Int] = [:]
        var ambiguous: [(index: Int, fields: [EvaluationField])] = []
        var unknown: [String] = []
        var repeated: [String] = []
        for (index, key) in keys.enumerated() {
            let fields = EvaluationField.allCases.filter { $0.names.contains(key) }
            switch fields.count {
            case 0:
                if !key.isEmpty { unknown.append(header[index]) }
            case 1:
                if columns[fields[0]] == nil { columns[fields[0]] = index } else { repeated.append(header[index]) }
            default:
                ambiguous.append((index, fields))
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
            if let field { columns[field] = index } else { repeated.append(header[index]) }
        }
        let missing = EvaluationField.required.filter { columns[$0] == nil }
        guard missing.isEmpty else {
            throw .missingColumns(
                file: file, line: line, missing: missing.map(\.rawValue),
                expected: EvaluationField.allCases.map(\.rawValue), found: header)
        }
        self.columns = columns
        orderedColumns = columns.map { (field: $0.key, index: $0.value) }.sorted { $0.index < $1.index }
        self.unknown = unknown
        self.repeated = repeated
        width = header.count
    }

    /// Words that mark a column as a score, in the normalised names.
    static let scoreMarks = ["score", "cijfer", "beoordeling", "rating"]

    /// Lowercase, without accents, letters and digits only: `Score – Faciliteiten` → `scorefaciliteiten`.
    public static func normalise(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        return String(folded.unicodeScalars.filter { $0.isASCII && (CharacterSet.alphanumerics.contains($0)) })
    }
}
