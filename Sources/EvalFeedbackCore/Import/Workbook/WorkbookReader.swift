import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif
import ZIPFoundation

/// The first worksheet of an Excel workbook (`.xlsx`, as Microsoft Forms and SurveyMonkey
/// download it), read row by row into the same records a CSV export gives, so that the same
/// detection, mapping files and rules (R1-R6) apply.
///
/// The container is opened with ZIPFoundation and each part is parsed by Foundation's
/// `XMLParser` while it is decompressed (`ZipPartStream`): the sheet is never in memory whole.
/// Every part has a size limit, and a part that unpacks to far more than it takes packed is
/// refused as a zip bomb.
final class WorkbookReader {
    /// What a file's first bytes say it is.
    enum Container: Equatable {
        /// A zip archive: an `.xlsx` workbook, perhaps.
        case zip
        /// An OLE compound document: an encrypted workbook or an old `.xls`.
        case compound
        /// Anything else: text, read as CSV.
        case other
    }

    /// The most a part may unpack to: a sheet far larger than the biggest export.
    static let partLimit = 1 << 30
    /// Past this size, a part may unpack to at most `ratioLimit` times its packed size.
    static let ratioGrace = 16 << 20
    static let ratioLimit = 250

    /// The sheet's name, for the summary.
    let sheetName: String
    private let archive: ZIPFoundation.Archive
    private let url: URL
    private let sheetPart: String
    /// The workbook's date system: for dates in cells styled as plain numbers.
    let dateSystem: ExcelDate.System
    private let strings: SharedStrings
    private let formats: CellFormats

    /// The kind of container `url` holds, from its first eight bytes.
    static func container(of url: URL) -> Container {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return .other }
        defer { try? handle.close() }
        let start = [UInt8]((try? handle.read(upToCount: 8)) ?? Data())
        if start.starts(with: [0x50, 0x4B, 0x03, 0x04]) || start.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            return .zip
        }
        if start == [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] { return .compound }
        return .other
    }

    /// Opens the workbook and reads what the sheet needs: its place, the date system, the
    /// shared strings and the cell styles.
    init(url: URL) throws {
        self.url = url
        do {
            archive = try ZIPFoundation.Archive(url: url, accessMode: .read)
        } catch {
            throw WorkbookProblem.notAnArchive(reason: "\(error)")
        }
        if archive["xl/workbook.xml"] == nil, archive["content.xml"] != nil { throw WorkbookProblem.openDocument }
        var date1904 = false
        var sheet: (name: String, relation: String?)?
        let workbook = WorkbookPartReader { name, attributes in
            switch name {
            case "workbookPr": date1904 = ["1", "true"].contains(attributes["date1904"] ?? "")
            case "sheet" where sheet == nil:
                sheet = (attributes["name"] ?? "", attributes.first { $0.key.hasSuffix(":id") }?.value)
            default: break
            }
        }
        try Self.parse(archive, url, "xl/workbook.xml", delegate: workbook, required: true)
        var targets: [String: String] = [:]
        var byType: [String: String] = [:]
        let relations = WorkbookPartReader { name, attributes in
            guard name == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else { return }
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            targets[id] = path
            if let type = attributes["Type"]?.split(separator: "/").last, byType[String(type)] == nil {
                byType[String(type)] = path
            }
        }
        try Self.parse(archive, url, "xl/_rels/workbook.xml.rels", delegate: relations, required: false)
        guard let sheet else { throw WorkbookProblem.missingPart("worksheet (xl/workbook.xml names none)") }
        sheetName = sheet.name
        sheetPart = sheet.relation.flatMap { targets[$0] } ?? "xl/worksheets/sheet1.xml"
        dateSystem = date1904 ? .from1904 : .from1900
        strings =
            try Self.stream(archive, url, byType["sharedStrings"] ?? "xl/sharedStrings.xml").map {
                try SharedStrings.read($0, part: "shared strings")
            } ?? SharedStrings()
        formats =
            try Self.stream(archive, url, byType["styles"] ?? "xl/styles.xml").map {
                try CellFormats.read($0, part: "styles")
            } ?? CellFormats()
    }

    /// Hands each row with content to `onRow` as a record: its row number as the line, its
    /// cells as fields, and the row as a CSV line for a reject (R5); `progress` is told every
    /// thousand rows how much of the sheet is read (0 to 1).
    func read(progress: ((Double) -> Void)? = nil, _ onRow: @escaping (CSVRecord) throws -> Void) throws {
        guard let stream = try Self.stream(archive, url, sheetPart) else {
            throw WorkbookProblem.missingPart(sheetPart)
        }
        let reader = SheetReader(strings: strings, formats: formats, system: dateSystem, part: sheetPart) {
            line, cells in
            try onRow(CSVRecord(line: line, fields: cells, raw: Self.csvLine(cells)[...]))
            if let progress, line % 1000 == 0 {
                let (read, total) = stream.progress
                progress(total == 0 ? 1 : Double(read) / Double(total))
            }
        }
        try WorkbookXML.parse(stream, part: sheetPart, delegate: reader) { reader.sawEnd }
    }

    /// A stream of the part at `path`, nil when the workbook has none; refused when its
    /// directory entry already says it is too large.
    private static func stream(_ archive: ZIPFoundation.Archive, _ url: URL, _ path: String) throws -> ZipPartStream? {
        guard let entry = archive[path] else { return nil }
        let packed = Int(clamping: entry.compressedSize)
        let limit = min(partLimit, max(ratioGrace, packed.multipliedReportingOverflow(by: ratioLimit).partialValue))
        if Int(clamping: entry.uncompressedSize) > limit { throw WorkbookProblem.tooLarge(part: path, limit: limit) }
        do {
            return ZipPartStream(source: try ZipPartSource(url: url, entry: entry), limit: limit)
        } catch let problem as WorkbookProblem {
            throw problem
        } catch {
            throw WorkbookProblem.damaged(part: path, damage: .other("\(error)"))
        }
    }

    private static func parse(
        _ archive: ZIPFoundation.Archive, _ url: URL, _ path: String, delegate: any XMLParserDelegate, required: Bool
    ) throws {
        guard let stream = try stream(archive, url, path) else {
            if required { throw WorkbookProblem.missingPart(path) }
            return
        }
        try WorkbookXML.parse(stream, part: path, delegate: delegate)
    }

    /// The cells as one CSV line, quoted where needed: what a reject keeps of the row.
    static func csvLine(_ cells: [[UInt8]]) -> [UInt8] {
        var line: [UInt8] = []
        for (index, cell) in cells.enumerated() {
            if index > 0 { line.append(0x2C) }
            if cell.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
                line.append(0x22)
                for byte in cell {
                    line.append(byte)
                    if byte == 0x22 { line.append(0x22) }
                }
                line.append(0x22)
            } else {
                line.append(contentsOf: cell)
            }
        }
        return line
    }
}

/// Hands each element of a small part (the workbook, its relations) to a closure.
private final class WorkbookPartReader: NSObject, XMLParserDelegate {
    private let onElement: (Substring, [String: String]) -> Void

    init(_ onElement: @escaping (Substring, [String: String]) -> Void) {
        self.onElement = onElement
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        onElement(WorkbookXML.local(name), attributes)
    }
}
