/// The formats lists and reports can be written in; each command accepts a subset.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Aligned text for the terminal and cron's mail.
    case text
    /// CSV for Excel: UTF-8 with BOM, formula-safe cells.
    case csv
    /// JSON for other programs.
    case json
    /// One self-contained page: inline CSS, no scripts, every value escaped.
    case html
    /// Markdown, for a wiki or an email.
    case markdown
}
