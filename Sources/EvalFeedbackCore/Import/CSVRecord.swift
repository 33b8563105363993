/// One record as read from a file: its fields' bytes, where it starts, and its text as written.
package struct CSVRecord {
    /// The line on which the record starts (1-based), for every message about it.
    package let line: Int
    /// The raw bytes of each field, quotes removed.
    package let fields: [[UInt8]]
    /// The record's lines exactly as in the (decoded) file, kept for rejects (R5).
    package let raw: ArraySlice<UInt8>
    /// Set when the line has quotes in the wrong place and was read a second time leniently,
    /// quotes kept as text: why strict reading failed.
    package var quoteProblem: LineProblem? = nil
    /// Set when the line was too long to keep whole: its last field is cut off.
    var cutOff = false
}

/// A stretch of the file the CSV parser could not read as a record (R5).
package struct CSVFault {
    /// The line on which the unreadable text starts.
    package let line: Int
    /// Why it could not be read.
    package let problem: LineProblem
    /// The text exactly as it stands in the file.
    package let raw: ArraySlice<UInt8>
}
