/// What is wrong with one field of a record that was still imported (R4), as a value: the CLI
/// words it in English (`description`), a page in its reader's language (issue 23).
public enum FieldIssue: Sendable, Codable, Equatable, CustomStringConvertible {
    /// The field held NUL bytes, which were removed.
    case nulBytesRemoved
    /// In a file read as UTF-8, the field's bytes are not UTF-8: read as Windows-1252.
    case notUTF8
    /// Of a score's several columns, another one holds `text`, not a score; the lowest valid one counts.
    case otherColumnNotAScore(text: String)
    /// `text` is not a date; the field is left empty.
    case notADate(text: String)
    /// `text` is not a score from 1 to 10; the response's other scores still count.
    case notAScore(text: String)
    /// Submitted on `submitted`, after `importDay`: its case is registered on the import day.
    case submittedAfterImportDay(submitted: LocalDate, importDay: LocalDate)
    /// The line is longer than `limitMiB` MiB: this field was cut off after `keptKiB` KiB.
    case cutOff(limitMiB: Int, keptKiB: Int)
    /// The line's quoting was broken (`problem`); it was read with the quotes as text.
    case strayQuotes(LineProblem)
    /// The line's quoting was broken in column `column` (1-based), which no field is read from.
    case strayQuotesInUnreadColumn(LineProblem, column: Int)

    /// The CLI's words: what is wrong, and what was done about it.
    public var description: String {
        switch self {
        case .nulBytesRemoved: "contains NUL bytes, which were removed"
        case .notUTF8: "is not valid UTF-8; read as Windows-1252, check the text"
        case .otherColumnNotAScore(let text): "another column for it holds '\(text)', not a score; ignored (R4)"
        case .notADate(let text):
            "'\(text)' is not a date (expected e.g. 2026-11-23, 2026-11-23T14:05:09, 23-11-2026 or 23-11-2026 14:05); "
                + "left empty"
        case .notAScore(let text):
            "'\(text)' is not a score from 1 to 10; ignored, the response's other scores still count (R4)"
        case .submittedAfterImportDay(let submitted, let today):
            "submitted on \(submitted), after the import day (--as-of \(today)); its case is registered on \(today). "
                + "Check the export's dates or --as-of"
        case .cutOff(let limit, let kept):
            "the line is longer than \(limit) MiB; this field was cut off after \(kept) KiB"
        case .strayQuotes(let problem): "\(problem); read with the quotes as text, check it"
        case .strayQuotesInUnreadColumn(let problem, let column):
            "\(problem) in column \(column), which is not read; check the line"
        }
    }
}
