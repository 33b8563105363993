import Foundation
import ZIPFoundation

/// Writes small .xlsx workbooks as Excel, Google Sheets and Microsoft Forms write them, for
/// the tests of the workbook reader: the parts a workbook has, and cells of every kind.
struct WorkbookBuilder {
    /// One cell as a workbook stores it.
    enum Cell {
        /// Text in the shared strings, the way Excel writes it.
        case shared(String)
        /// Text inside the cell (`t="inlineStr"`), as some exporters write it.
        case inline(String)
        /// A number as written (`<v>7.5</v>`).
        case number(String)
        case bool(Bool)
        /// A serial in a date-and-time style (built-in format 22).
        case dateTime(Double)
        /// A serial in a date style (built-in format 14).
        case date(Double)
        /// A serial in the custom style `m/d/yyyy h:mm:ss`, as Google Sheets writes timestamps.
        case customDateTime(Double)
        /// An empty cell that only has a style, as a formatted empty range has.
        case empty
    }

    var rows: [[Cell]]
    var date1904 = false
    var sheetName = "Sheet1"
    /// Leave these parts out, to make a damaged workbook.
    var without: Set<String> = []

    /// The workbook's parts and their text.
    var parts: [(String, String)] {
        var strings: [String] = []
        var sheet =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
            + #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
        for (rowIndex, row) in rows.enumerated() {
            sheet += #"<row r="\#(rowIndex + 1)">"#
            for (column, cell) in row.enumerated() {
                let reference = Self.columnName(column) + String(rowIndex + 1)
                switch cell {
                case .shared(let text):
                    strings.append(text)
                    sheet += #"<c r="\#(reference)" t="s"><v>\#(strings.count - 1)</v></c>"#
                case .inline(let text):
                    sheet += #"<c r="\#(reference)" t="inlineStr"><is><t>\#(Self.escaped(text))</t></is></c>"#
                case .number(let text): sheet += #"<c r="\#(reference)"><v>\#(text)</v></c>"#
                case .bool(let value): sheet += #"<c r="\#(reference)" t="b"><v>\#(value ? 1 : 0)</v></c>"#
                case .dateTime(let serial): sheet += #"<c r="\#(reference)" s="1"><v>\#(serial)</v></c>"#
                case .date(let serial): sheet += #"<c r="\#(reference)" s="2"><v>\#(serial)</v></c>"#
                case .customDateTime(let serial): sheet += #"<c r="\#(reference)" s="3"><v>\#(serial)</v></c>"#
                case .empty: sheet += #"<c r="\#(reference)" s="1"/>"#
                }
            }
            sheet += "</row>"
        }
        sheet += "</sheetData></worksheet>"
        let shared =
            #"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
            + strings.map { "<si><t xml:space=\"preserve\">\(Self.escaped($0))</t></si>" }.joined() + "</sst>"
        let workbook =
            #"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
            + (date1904 ? #"<workbookPr date1904="1"/>"# : "<workbookPr/>")
            + #"<sheets><sheet name="\#(sheetName)" sheetId="1" r:id="rId1"/></sheets></workbook>"#
        let relations =
            #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>"#
            + #"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>"#
            + #"<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
            + "</Relationships>"
        let styles =
            #"<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
            + #"<numFmts count="1"><numFmt numFmtId="164" formatCode="m/d/yyyy h:mm:ss"/></numFmts>"#
            + #"<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="22"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs>"#
            + "</styleSheet>"
        return [
            (
                "[Content_Types].xml",
                #"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#
            ),
            ("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", relations),
            ("xl/worksheets/sheet1.xml", sheet), ("xl/sharedStrings.xml", shared), ("xl/styles.xml", styles),
        ].filter { !without.contains($0.0) }
    }

    /// Writes the workbook to `url`.
    func write(to url: URL) throws {
        try? FileManager.default.removeItem(at: url)
        let archive = try Archive(url: url, accessMode: .create)
        for (path, text) in parts {
            try Self.add(Data(text.utf8), path: path, to: archive)
        }
    }

    /// Adds `data` as a deflated entry.
    static func add(_ data: Data, path: String, to archive: Archive) throws {
        try archive.addEntry(
            with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
        ) { position, size in
            data.subdata(in: Data.Index(position)..<Data.Index(position) + size)
        }
    }

    /// `0` → `A`, `26` → `AA`.
    static func columnName(_ index: Int) -> String {
        var index = index
        var name = ""
        repeat {
            name = String(UnicodeScalar(UInt8(65 + index % 26))) + name
            index = index / 26 - 1
        } while index >= 0
        return name
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
