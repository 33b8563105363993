/// Decodes field bytes to text, deciding per file between UTF-8 and Windows-1252.
///
/// A file without a BOM is UTF-8 until a field proves otherwise: the first non-ASCII field
/// settles it. Valid UTF-8 makes the file UTF-8; bytes that are not UTF-8 (an `é` saved by
/// Dutch Excel as the single byte 0xE9) make it Windows-1252. In a file settled as UTF-8, a
/// field that is still not valid UTF-8 is read as Windows-1252 with a warning, so that its
/// record, and any low score in it, is kept (R4).
struct FieldDecoder {
    /// What the file has been found to be.
    enum Encoding: String, Sendable {
        case undecided = "ASCII"
        case utf8 = "UTF-8"
        case windows1252 = "Windows-1252"
    }

    private(set) var encoding: Encoding

    /// A decoder for a file that starts with `form`: a UTF-8 or UTF-16 BOM settles the matter.
    init(form: InputDecoder.Form?) {
        switch form {
        case .utf8BOM, .utf16LE, .utf16BE: encoding = .utf8
        case .unmarked, nil: encoding = .undecided
        }
    }

    /// The text of `bytes`, and a warning when they needed repair.
    mutating func decode(_ bytes: [UInt8]) -> (text: String, problem: FieldIssue?) {
        var problem: FieldIssue?
        var bytes = bytes
        if bytes.contains(0) {
            bytes.removeAll { $0 == 0 }
            problem = .nulBytesRemoved
        }
        if bytes.allSatisfy({ $0 < 0x80 }) {
            return (String(decoding: bytes, as: UTF8.self), problem)
        }
        switch encoding {
        case .windows1252:
            return (String(windows1252: bytes), problem)
        case .undecided, .utf8:
            if let text = String(validating: bytes, as: UTF8.self) {
                encoding = .utf8
                return (text, problem)
            }
            if encoding == .undecided {
                encoding = .windows1252
                return (String(windows1252: bytes), problem)
            }
            return (String(windows1252: bytes), .notUTF8)
        }
    }
}
