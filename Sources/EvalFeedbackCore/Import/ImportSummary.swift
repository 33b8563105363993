/// What importing one file did: the line cron mails and the team reads.
public struct ImportSummary: Sendable, Codable, Equatable {
    /// The file's name as given.
    public let file: String
    /// Data records read (blank lines and the header not counted).
    public var records = 0
    /// Records read as responses, new or already known.
    public var accepted = 0
    /// Records kept verbatim as rejects (R5).
    public var rejected = 0
    /// Accepted responses with at least one low score (R3).
    public var flagged = 0
    /// New cases: one per new flagged response (R3, R6).
    public var casesOpened = 0
    /// Accepted responses their tool marks unfinished; their low scores still flag (R4).
    public var incomplete = 0
    /// Accepted responses stored by an earlier import (R6).
    public var alreadyKnown = 0
    /// Of those, responses whose scores changed since (edited, or finished): stored anew.
    public var changed = 0
    /// Field warnings (R4), all counted.
    public var warningCount = 0
    /// The first warnings, for the screen; every warning is also stored with its response.
    public var warnings: [FieldWarning] = []
    /// Once-per-file remarks: the tool, unused columns, what the file lacks.
    public var notes: [ImportNote] = []
    /// The text encoding the file was read in.
    public var encoding = ""
    /// The delimiter found in the header line.
    public var delimiter = ""
    /// The survey tool the file was read as (`ExportProfile`'s raw value).
    public var profile = ExportProfile.canonical.rawValue
    /// The form that scopes its response ids, if any.
    public var form: String?
    /// What each column became, in column order, as `header → field`; then values given for
    /// fields the file lacks.
    public var columns: [String] = []
    /// How many header rows the file has.
    public var headerRows = 1
    /// True when the tool was recognised from the header rather than told.
    public var profileDetected = false
    /// The register's number for this import, once stored.
    public var importID: Int64?
    /// Why nothing of the file can be imported (`inspect` only: `import` refuses the file).
    public var notImportable: ImportNote.Kind?
    /// The column the submission time came from, whose day registers the cases (R8-R10).
    public var submissionColumn: String?
    /// True when no column gave a submission time: cases are registered on the import day.
    public var registeredOnImportDay = false
    /// The submission column's texts in the header rows (`EndDate`, `Enddatum`, ...).
    public var submissionHeaders: [String] = []
    /// The first response's submission time, as stored; nil when its cell is empty.
    public var firstSubmittedAt: String?
    /// The first and the last submission day of the file's responses.
    public var submissionDays: [LocalDate]?

    /// How many warnings are kept for the screen; the rest are only counted.
    static let warningsShown = 50

    /// A summary of `file`, all counts zero.
    public init(file: String) {
        self.file = file
    }

    /// `2026-11-23.csv: 214 records, 212 imported, 2 rejected, 19 flagged, 19 cases opened, 3 already known`
    public var line: String {
        var text =
            "\(file): \(records) records, \(accepted) imported, \(rejected) rejected, \(flagged) flagged, "
            + "\(casesOpened) cases opened, \(alreadyKnown) already known"
        if changed > 0 { text += ", \(changed) changed since" }
        if incomplete > 0 { text += ", \(incomplete) unfinished" }
        if warningCount > 0 { text += ", \(warningCount) warnings" }
        if registeredOnImportDay, casesOpened > 0 { text += "; no submission time: cases registered on the import day" }
        return text
    }
}

/// The result of `AppDatabase.importEvaluations`.
public enum ImportOutcome: Sendable, Equatable {
    /// The file was read and its new responses stored.
    case imported(ImportSummary)
    /// The very same bytes were imported before; nothing changed (R6).
    case alreadyImported(file: String, importedOn: LocalDate, importID: Int64)
    /// A dry run read and checked the file; nothing was written.
    case checked(ImportSummary)

    /// The summary of a file that was read, imported or checked.
    public var summary: ImportSummary? {
        switch self {
        case .imported(let summary), .checked(let summary): summary
        case .alreadyImported: nil
        }
    }

    /// One line for the screen.
    public var line: String {
        switch self {
        case .imported(let summary): summary.line
        case .alreadyImported(let file, let day, let id):
            "\(file): already imported on \(day) (import #\(id)); nothing changed"
        case .checked(let summary):
            "\(summary.file): dry run, nothing written: \(summary.records) records, \(summary.accepted) readable, "
                + "\(summary.rejected) would be rejected, \(summary.flagged) flagged"
        }
    }
}

/// How far an import has come: for a progress line.
public struct ImportProgress: Sendable {
    /// Bytes of the file read so far.
    public let bytesRead: Int
    /// The file's size.
    public let byteCount: Int
    /// Records handled so far.
    public let records: Int
    /// Responses flagged so far (R2).
    public let flagged: Int
}
