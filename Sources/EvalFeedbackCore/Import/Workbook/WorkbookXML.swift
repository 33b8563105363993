import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Runs Foundation's `XMLParser` over one part of a workbook, pulling it from its stream.
enum WorkbookXML {
    /// Parses `stream` with `delegate`; throws what went wrong in the archive or the XML.
    /// `finished` tells whether the part's last element was seen: a part cut off is not whole.
    static func parse(
        _ stream: InputStream, part: String, delegate: any XMLParserDelegate, finished: (() -> Bool)? = nil
    ) throws {
        let parser = XMLParser(stream: stream)
        parser.delegate = delegate
        parser.shouldResolveExternalEntities = false
        let parsed = parser.parse()
        stream.close()
        if let failure = (stream as? ZipPartStream)?.failure { throw failure }
        if let stop = (delegate as? any StoppingDelegate)?.stopped { throw stop }
        if !parsed || parser.parserError != nil {
            throw WorkbookProblem.badXML(
                part: part,
                fault: .parserError(code: parser.parserError.map { ($0 as NSError).code }, line: parser.lineNumber))
        }
        if let finished, !finished() { throw WorkbookProblem.badXML(part: part, fault: .unfinished) }
    }

    /// An element's name without its namespace prefix (`x:row` → `row`).
    static func local(_ name: String) -> Substring {
        guard let colon = name.lastIndex(of: ":") else { return Substring(name) }
        return name[name.index(after: colon)...]
    }
}

/// A delegate that may stop the parse for a reason of its own (a cell beyond the sheet, an
/// import that failed): `WorkbookXML.parse` throws it.
protocol StoppingDelegate: AnyObject {
    var stopped: (any Error)? { get }
}
