/// A once-per-file remark of an import: the tool it was read as, what it did not use, what it
/// lacks. A value, so that the CLI says it in English (`description`) and a page in its
/// reader's language (issue 23); names of columns and files are the file's own.
public struct ImportNote: Sendable, Codable, Equatable, CustomStringConvertible {
    /// The file's name.
    public let file: String
    /// What the import remarks.
    public let kind: Kind

    /// What an import remarks about a file.
    public enum Kind: Sendable, Codable, Equatable {
        /// Read as an export of `profile`, recognised from its header (`detected`) or as told.
        case readAs(profile: ExportProfile, detected: Bool)
        /// Columns no field is read from, by their titles in the file.
        case columnsNotUsed([String])
        /// Fields with several columns: all are read, the lowest score counts (R4).
        case severalColumns([EvaluationField])
        /// No column gives the submission time (`lookedFor` are the names tried): the cases are
        /// registered on `importDay` (R8-R10).
        case noSubmissionTime(lookedFor: [String], importDay: LocalDate)
        /// No response id: responses are recognised by their content (R6).
        case noResponseID
        /// No client: the cases have no account manager (R15).
        case noClient
        /// Every record ends in a delimiter the header does not have; the empty last field is ignored.
        case trailingDelimiter
        /// Dates like 03/04/2026 are read month-first (or not) as `profile` writes them.
        case ambiguousDates(monthFirst: Bool, profile: ExportProfile)
        /// The header line is repeated on line `line`, which is skipped.
        case headerRepeated(line: Int)
        /// `profile` counts response ids per form, and the file name does not name the form.
        case idsPerForm(profile: ExportProfile)
        /// No column for `missing`: nothing can be imported (`inspect` only); when every score
        /// is missing, there is no rating question at all.
        case noColumnFor(missing: [EvaluationField])
    }

    /// A remark on `file`.
    public init(file: String, _ kind: Kind) {
        self.file = file
        self.kind = kind
    }

    /// Where the remark points: the file, or the file and a line.
    public var place: String {
        if case .headerRepeated(let line) = kind { return "\(file):\(line)" }
        return file
    }

    /// The CLI's words: `nov.csv: columns not used: Opmerking, Cijfer`.
    public var description: String { "\(place): \(kind)" }
}

extension ImportNote.Kind: CustomStringConvertible {
    /// The remark in the CLI's words, without the place.
    public var description: String {
        switch self {
        case .readAs(let profile, let detected):
            "read as a \(profile.displayName) export (\(detected ? "detected" : "as told"))"
        case .columnsNotUsed(let columns): "columns not used: \(columns.shortList)"
        case .severalColumns(let fields):
            "several columns for \(fields.map(\.rawValue).joined(separator: ", ")); all are read, the lowest score counts"
        case .noSubmissionTime(let names, let today):
            "no column gives the submission time (looked for: \(names.joined(separator: ", "))); its cases are "
                + "registered on the import day, \(today). Name the column in a mapping file if it has another name"
        case .noResponseID: "no response_id column; responses are recognised by their content (R6)"
        case .noClient:
            "no client column; its cases have no account manager (R15). Give one with --client if the whole file is "
                + "one client's"
        case .trailingDelimiter:
            "every record ends in a delimiter the header does not have; the empty last field is ignored"
        case .ambiguousDates(let monthFirst, let profile):
            "dates like 03/04/2026 are read \(monthFirst ? "month-first (US)" : "day-first") as "
                + "\(profile.displayName) writes them; if that is wrong, set 'dates' in a mapping file"
        case .headerRepeated: "the header line is repeated here; skipped"
        case .idsPerForm(let profile):
            "\(profile.displayName) counts response ids per form, and the file name does not name the form; responses "
                + "are told apart by id and submission time. Give --form (or 'form' in a mapping file) so that an "
                + "edited response is recognised as the same one"
        case .noColumnFor(let missing):
            missing.count == EvaluationField.required.count
                ? "no rating question found (no column for \(missing.map(\.rawValue).joined(separator: ", ")))"
                : "no column for \(missing.map(\.rawValue).joined(separator: ", "))"
        }
    }
}
