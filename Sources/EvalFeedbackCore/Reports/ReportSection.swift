/// A part of the quality report as every format shows it: a title, sentences, and tables.
/// Text, Markdown and HTML are made from the same sections, so that they never disagree.
struct ReportSection {
    /// A table with its header.
    struct Table {
        let headers: [String]
        var rows: [[String]]
    }

    let title: String
    var lines: [String] = []
    var tables: [Table] = []
    /// The chart the HTML shows with it.
    var chart: Chart?

    /// What the HTML draws for a section.
    enum Chart: String {
        case distribution
        case trend
        case deadlines
    }
}
