import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Which cell styles of a workbook show a number as a date (`xl/styles.xml`): Excel stores a
/// date as a serial number and only its style says it is one.
struct CellFormats {
    /// For each style index (a cell's `s`), whether it shows a date, and whether with a time.
    private(set) var dates: [Int: DateFormat] = [:]

    enum DateFormat: Equatable {
        case date, dateTime
    }

    /// The format of a cell with style `index`, or nil when it shows a plain number.
    func format(_ index: Int?) -> DateFormat? {
        guard let index else { return nil }
        return dates[index]
    }

    /// The built-in number formats that show dates (ECMA-376 18.8.30): 14-17 dates, 22 a date
    /// and time, 27-36 and 50-58 East Asian dates (18-21 and 45-47 are times of day alone).
    private static let builtIn: [Int: DateFormat] = {
        var formats: [Int: DateFormat] = [:]
        for id in [14, 15, 16, 17] + Array(27...36) + Array(50...58) { formats[id] = .date }
        formats[22] = .dateTime
        return formats
    }()

    /// Reads the styles part's custom formats and cell styles.
    static func read(_ stream: InputStream, part: String) throws -> CellFormats {
        let reader = StylesReader()
        try WorkbookXML.parse(stream, part: part, delegate: reader)
        var formats = CellFormats()
        for (index, id) in reader.cellFormatIDs.enumerated() {
            if let custom = reader.customCodes[id] {
                formats.dates[index] = Self.dateFormat(code: custom)
            } else if let known = builtIn[id] {
                formats.dates[index] = known
            }
        }
        return formats
    }

    /// Whether a format code shows a date: a day, month, year, hour or second outside quoted
    /// text, escapes and `[...]` sections (colours, currencies, locales).
    static func dateFormat(code: String) -> DateFormat? {
        var plain = ""
        var quoted = false
        var bracket = false
        var escaped = false
        for character in code.lowercased() {
            if escaped {
                escaped = false
            } else if quoted {
                quoted = character != "\""
            } else if bracket {
                if character == "]" { bracket = false }
                // `[h]:mm` is elapsed time: a duration, not a date.
            } else {
                switch character {
                case "\"": quoted = true
                case "[": bracket = true
                case "\\", "_", "*": escaped = true
                default: plain.append(character)
                }
            }
        }
        let hasDate = plain.contains { "dy".contains($0) } || (plain.contains("m") && !plain.contains("h"))
        let hasTime = plain.contains("h") || plain.contains("s")
        if hasDate && hasTime { return .dateTime }
        if hasDate { return .date }
        return nil
    }
}

/// Collects `numFmt` codes and the `numFmtId` of every `cellXfs/xf`, in order.
private final class StylesReader: NSObject, XMLParserDelegate {
    var customCodes: [Int: String] = [:]
    var cellFormatIDs: [Int] = []
    private var inCellFormats = false

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch WorkbookXML.local(name) {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] {
                customCodes[id] = code
            }
        case "cellXfs": inCellFormats = true
        case "xf" where inCellFormats: cellFormatIDs.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if WorkbookXML.local(name) == "cellXfs" { inCellFormats = false }
    }
}
