/// Why an Excel workbook cannot be read (`ImportError.badWorkbook`): a value, worded in English
/// by `text` and by a page in its reader's language. A reason from the zip or XML reader
/// (`reason`) is quoted as it came.
public enum WorkbookProblem: Error, Equatable, Sendable {
    /// An OLE compound document: an encrypted (password-protected) workbook, or an old `.xls`.
    case compoundDocument
    /// Not a zip archive at all, or a damaged one.
    case notAnArchive(reason: String)
    /// An OpenDocument spreadsheet (`.ods`, LibreOffice): a zip too, but not an `.xlsx`.
    case openDocument
    /// A part every workbook has is missing.
    case missingPart(String)
    /// A part decompresses to more than the limit, or far more than its compressed size: a zip bomb.
    case tooLarge(part: String, limit: Int)
    /// A part's compressed data is damaged.
    case damaged(part: String, damage: Damage)
    /// A part is not well-formed XML, or ends in the middle.
    case badXML(part: String, fault: XMLFault)
    /// A cell reference beyond Excel's own sheet size.
    case beyondSheet(part: String, reference: String)

    /// What is wrong, without the file's name, in the CLI's words.
    public var text: String {
        switch self {
        case .compoundDocument:
            "it is an encrypted (password-protected) workbook or an old .xls workbook, which Excel stores as a "
                + "compound document, not as .xlsx. Remove the password, or save it as .xlsx"
        case .openDocument:
            "it is an OpenDocument spreadsheet (.ods), not an .xlsx workbook. Save it as .xlsx or as CSV"
        case .notAnArchive(let reason): "it is not an .xlsx workbook (\(reason))"
        case .missingPart(let part): "the workbook has no \(part); it is damaged or not made by a spreadsheet program"
        case .tooLarge(let part, let limit):
            "\(part) unpacks to more than \(limit / 1024 / 1024) MiB, or to far more than it takes packed "
                + "(a zip bomb); it was not read"
        case .damaged(let part, let damage): "\(part) is damaged (\(damage.text))"
        case .badXML(let part, let fault): "\(part) is not readable XML (\(fault.text))"
        case .beyondSheet(let part, let reference):
            "\(part) has a cell \(reference) beyond Excel's 1,048,576 rows and 16,384 columns"
        }
    }

    /// How a part of the archive is damaged.
    public enum Damage: Equatable, Sendable {
        case localHeaderMissing
        case runsPastEnd
        case endsElsewhere
        case fileEndsInside
        case checksumMismatch
        case directoryUnreadable
        /// What the zip reader said, as it said it.
        case other(String)

        /// The CLI's words.
        public var text: String {
            switch self {
            case .localHeaderMissing: "its local header is missing"
            case .runsPastEnd: "its packed bytes run past the end of the file"
            case .endsElsewhere: "its packed data does not end where it should"
            case .fileEndsInside: "the file ends inside it"
            case .checksumMismatch: "its checksum does not match its content"
            case .directoryUnreadable: "the archive's directory cannot be read"
            case .other(let reason): reason
            }
        }
    }

    /// Why a part is not readable XML.
    public enum XMLFault: Equatable, Sendable {
        /// The XML parser stopped at `line`, with its error `code` when it gave one.
        case parserError(code: Int?, line: Int)
        /// The part ends in the middle of the sheet.
        case unfinished

        /// The CLI's words.
        public var text: String {
            switch self {
            case .parserError(let code, let line): "XML error\(code.map { " \($0)" } ?? "") at line \(line)"
            case .unfinished: "it ends in the middle"
            }
        }
    }
}
