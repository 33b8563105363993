import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads a worksheet's rows as they stream past (`XMLParserDelegate`), each as its cells'
/// text in UTF-8, as a CSV export would have written them: shared and inline strings, numbers
/// as written, booleans as `TRUE`/`FALSE`, and numbers in a date style as
/// `yyyy-MM-dd HH:mm:ss` in the workbook's date system.
///
/// Empty cells are not kept: a row holds cells up to its last filled one (the reader pads it
/// to the header's width), and a sheet of a million empty cells is read as blank rows.
final class SheetReader: NSObject, XMLParserDelegate, StoppingDelegate {
    /// Excel's own sheet size.
    static let maxRows = 1_048_576
    static let maxColumns = 16_384

    private let strings: SharedStrings
    private let formats: CellFormats
    private let system: ExcelDate.System
    private let part: String
    /// Handed each row with content: its row number and its cells.
    private let onRow: (Int, [[UInt8]]) throws -> Void
    private(set) var stopped: (any Error)?
    /// True once the sheet's data has ended: the part was read whole.
    private(set) var sawEnd = false

    private var row: [[UInt8]] = []
    private var rowNumber = 0
    private var column = -1
    private var type: String?
    private var style: Int?
    private var text: [UInt8] = []
    private var inValue = false
    private var inPhonetic = false

    init(
        strings: SharedStrings, formats: CellFormats, system: ExcelDate.System, part: String,
        onRow: @escaping (Int, [[UInt8]]) throws -> Void
    ) {
        self.strings = strings
        self.formats = formats
        self.system = system
        self.part = part
        self.onRow = onRow
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch WorkbookXML.local(name) {
        case "c":
            column = attributes["r"].map(Self.columnIndex) ?? column + 1
            type = attributes["t"]
            style = attributes["s"].flatMap(Int.init)
            text.removeAll(keepingCapacity: true)
            if column < 0 || column >= Self.maxColumns {
                stop(
                    parser,
                    WorkbookProblem.beyondSheet(part: part, reference: attributes["r"] ?? "column \(column + 1)"))
            }
        case "v", "t": inValue = !inPhonetic
        case "rPh": inPhonetic = true
        case "row":
            rowNumber = attributes["r"].flatMap(Int.init) ?? rowNumber + 1
            column = -1
            if rowNumber > Self.maxRows {
                stop(parser, WorkbookProblem.beyondSheet(part: part, reference: "row \(rowNumber)"))
            }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inValue { text.append(contentsOf: string.utf8) }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch WorkbookXML.local(name) {
        case "v", "t": inValue = false
        case "rPh": inPhonetic = false
        case "c": endCell()
        case "row": endRow(parser)
        case "sheetData": sawEnd = true
        default: break
        }
    }

    private func endCell() {
        guard !text.isEmpty, column >= 0, column < Self.maxColumns else { return }
        let value = self.value()
        guard !value.isEmpty else { return }
        if row.count <= column { row.append(contentsOf: repeatElement([], count: column + 1 - row.count)) }
        row[column] = value
    }

    /// The cell's text as a CSV export would hold it.
    private func value() -> [UInt8] {
        switch type {
        case "s":
            guard let index = Int(String(decoding: text, as: UTF8.self)), let shared = strings.string(index)
            else { return [] }
            return Array(shared)
        case "b": return text == [0x31] ? Array("TRUE".utf8) : Array("FALSE".utf8)
        case "inlineStr", "str", "e", "d": return text
        default:
            let number = String(decoding: text, as: UTF8.self)
            guard let format = formats.format(style), let serial = Double(number),
                let date = ExcelDate.text(serial, system: system, withTime: format == .dateTime)
            else { return text }
            return Array(date.utf8)
        }
    }

    private func endRow(_ parser: XMLParser) {
        defer { row.removeAll(keepingCapacity: true) }
        guard !row.isEmpty, stopped == nil else { return }
        do {
            try onRow(rowNumber, row)
        } catch {
            stop(parser, error)
        }
    }

    private func stop(_ parser: XMLParser, _ error: any Error) {
        guard stopped == nil else { return }
        stopped = error
        parser.abortParsing()
    }

    /// `B12` → 1: the column letters of a cell reference, from 0; -1 when there are none.
    static func columnIndex(_ reference: String) -> Int {
        var index = 0
        var letters = 0
        for byte in reference.utf8 {
            let upper = byte & 0xDF
            guard upper >= 0x41, upper <= 0x5A else { break }
            index = index * 26 + Int(upper - 0x40)
            letters += 1
            if letters > 3 { return SheetReader.maxColumns }
        }
        return index - 1
    }
}
