import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The workbook's shared strings (`xl/sharedStrings.xml`): most text cells only hold an index
/// into them. Kept as one run of UTF-8 bytes with offsets, which a cell's field copies.
struct SharedStrings {
    private(set) var bytes: [UInt8] = []
    private(set) var ends: [Int] = []

    /// The string at `index`, or nil when the workbook has no such string.
    func string(_ index: Int) -> ArraySlice<UInt8>? {
        guard index >= 0, index < ends.count else { return nil }
        return bytes[(index == 0 ? 0 : ends[index - 1])..<ends[index]]
    }

    static func read(_ stream: InputStream, part: String) throws -> SharedStrings {
        let reader = SharedStringsReader()
        try WorkbookXML.parse(stream, part: part, delegate: reader)
        return reader.strings
    }
}

/// Joins the text runs of each `si`, leaving out phonetic guides (`rPh`).
private final class SharedStringsReader: NSObject, XMLParserDelegate {
    var strings = SharedStrings()
    private var inText = false
    private var inPhonetic = false
    private var current: [UInt8] = []

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch WorkbookXML.local(name) {
        case "si": current.removeAll(keepingCapacity: true)
        case "t": inText = !inPhonetic
        case "rPh": inPhonetic = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current.append(contentsOf: string.utf8) }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch WorkbookXML.local(name) {
        case "si": strings.append(current)
        case "t": inText = false
        case "rPh": inPhonetic = false
        default: break
        }
    }
}

extension SharedStrings {
    fileprivate mutating func append(_ text: [UInt8]) {
        bytes.append(contentsOf: text)
        ends.append(bytes.count)
    }
}
