/// CSV that Excel opens safely on a double-click: UTF-8 with a BOM (so accents survive; no
/// `sep=` line, which makes Excel ignore the BOM), the configured separator (`;` for Dutch
/// Excel), CRLF line ends, every cell quoted by libcsv's writer, and no cell that Excel would
/// run as a formula.
struct CSVDocument {
    private var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
    private let separator: UInt8

    init(separator: CSVSeparator, header: [String]) {
        self.separator = separator.byte
        append(header)
    }

    /// Adds one row.
    mutating func append(_ row: [String]) {
        for (index, cell) in row.enumerated() {
            if index > 0 { bytes.append(separator) }
            bytes += CSVParser.quoted(Array(Self.displaySafe(Self.formulaSafe(cell)).utf8))
        }
        bytes += [0x0D, 0x0A]
    }

    /// The document's bytes.
    var data: [UInt8] { bytes }

    /// The cell without display tricks (bidirectional overrides), and with controls other than
    /// line breaks and tabs as spaces: a comment's line breaks stay inside its quoted cell.
    static func displaySafe(_ cell: String) -> String {
        guard cell.mayHoldControls else { return cell }
        var out = String.UnicodeScalarView()
        for scalar in cell.unicodeScalars where !scalar.isDisplayTrick {
            out.append(scalar.isControl && !["\n", "\r", "\t"].contains(scalar) ? " " : scalar)
        }
        return String(out)
    }

    /// A cell starting with `=`, `+`, `-`, `@`, tab or CR could run as a formula in Excel; a
    /// leading apostrophe makes it text (OWASP's advice for CSV injection).
    static func formulaSafe(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return cell }
        return "'" + cell
    }
}
