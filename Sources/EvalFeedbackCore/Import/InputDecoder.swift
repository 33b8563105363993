/// Turns a file's bytes into the bytes the CSV parser reads, chunk by chunk.
///
/// UTF-8 (with or without BOM) and Windows-1252 pass through unchanged: both keep the
/// delimiters, quotes and line ends as single ASCII bytes, and fields are decoded later
/// (`FieldDecoder`). UTF-16 (as Excel's "Unicode text" writes it, always with a BOM) is
/// transcoded to UTF-8 here, so that the parser sees one byte per ASCII character.
struct InputDecoder {
    /// The byte encodings recognised from the start of a file.
    enum Form: String, Sendable {
        case utf8BOM = "UTF-8 with BOM"
        case utf16LE = "UTF-16LE"
        case utf16BE = "UTF-16BE"
        case unmarked = "no BOM"
    }

    private(set) var form: Form?
    private var pending: [UInt8] = []
    private var highSurrogate: UInt16?

    /// True once the file is known to need no transcoding: its bytes pass through as they are.
    var passesThrough: Bool { form == .utf8BOM || form == .unmarked }

    /// Decodes the next chunk; the first call recognises and strips a byte-order mark.
    mutating func decode(_ chunk: [UInt8]) -> [UInt8] {
        var bytes = chunk
        if form == nil {
            pending += bytes
            guard pending.count >= 3 || bytes.isEmpty else { return [] }
            bytes = pending
            pending = []
            form = Self.recognise(bytes)
            switch form {
            case .utf8BOM: bytes.removeFirst(3)
            case .utf16LE, .utf16BE: bytes.removeFirst(2)
            case .unmarked, nil: break
            }
        }
        switch form {
        case .utf16LE: return transcodeUTF16(bytes, littleEndian: true)
        case .utf16BE: return transcodeUTF16(bytes, littleEndian: false)
        case .utf8BOM, .unmarked, nil: return bytes
        }
    }

    /// Whatever a short file left undecided at its end.
    mutating func finish() -> [UInt8] {
        var out: [UInt8] = []
        if form == nil { out = decode([]) }
        if highSurrogate != nil || !pending.isEmpty {
            out += [0xEF, 0xBF, 0xBD]  // a lone half character becomes U+FFFD
            highSurrogate = nil
            pending = []
        }
        return out
    }

    private static func recognise(_ bytes: [UInt8]) -> Form {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8BOM }
        if bytes.starts(with: [0xFF, 0xFE]) { return .utf16LE }
        if bytes.starts(with: [0xFE, 0xFF]) { return .utf16BE }
        return .unmarked
    }

    private mutating func transcodeUTF16(_ bytes: [UInt8], littleEndian: Bool) -> [UInt8] {
        let all = pending + bytes
        let usable = all.count & ~1
        pending = Array(all[usable...])
        var units: [UInt16] = []
        units.reserveCapacity(usable / 2 + 1)
        if let high = highSurrogate { units.append(high) }
        highSurrogate = nil
        var index = 0
        while index < usable {
            let first = UInt16(all[index])
            let second = UInt16(all[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        if let last = units.last, UTF16.isLeadSurrogate(last) {
            highSurrogate = units.removeLast()  // its partner is in the next chunk
        }
        var out: [UInt8] = []
        out.reserveCapacity(units.count * 3 / 2)
        _ = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: false) {
            out.append($0)
        }
        return out
    }
}
