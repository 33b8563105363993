/// Checks on a field's bytes that decide whether the plain reading may take it as it is.
enum PlainText {
    /// True when the bytes are text the general reading would keep unchanged: no NUL, valid
    /// UTF-8 (non-ASCII only once the file is known to be UTF-8), and no white space at
    /// either end (which it would trim). `ascii` says the bytes are known to be ASCII without
    /// NUL (their whole record was checked at once, `isASCII`).
    static func isClean(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, utf8: Bool, ascii: Bool) -> Bool {
        if !ascii {
            guard let allASCII = isASCII(bytes, range), allASCII || (utf8 && isValidUTF8(bytes, range)) else {
                return false
            }
        }
        guard let first = range.first else { return true }
        // Printable ASCII at both ends, the usual case, is no white space: decided here.
        let (start, end) = (bytes[first], bytes[range.upperBound - 1])
        if start > 0x20, start < 0x7F, end > 0x20, end < 0x7F { return true }
        return !startsWithSpace(bytes, range) && !endsWithSpace(bytes, range)
    }

    /// Whether the bytes are all ASCII; nil when one is NUL. Eight bytes at a time: every
    /// text field of a million-record export passes here.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool? {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var high: UInt64 = 0
        var index = range.lowerBound
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            while index + 8 <= range.upperBound {
                let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                // A zero byte sets its high bit in `(word - ones) & ~word` (the classic test).
                if (word &- ones) & ~word & highs != 0 { return nil }
                high |= word
                index += 8
            }
        }
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == 0 { return nil }
            high |= UInt64(byte)
            index += 1
        }
        return high & highs == 0
    }

    /// True for what could read as "anonymous" in a name or email cell, which the general
    /// reading empties.
    static func mayBeAnonymous(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard (6...9).contains(range.count) else { return false }
        // `anon`, in any case, without making an array for each name and email.
        let start = range.lowerBound
        return bytes[start] | 0x20 == 0x61 && bytes[start + 1] | 0x20 == 0x6E && bytes[start + 2] | 0x20 == 0x6F
            && bytes[start + 3] | 0x20 == 0x6E
    }

    /// `2026-11-23`, `2026-11-23T14:05:09`, `2026-11-23 14:05:09` or `2026-11-23T14:05`: the
    /// forms the canonical export writes, read as `ExportTimestamp` reads them; nil otherwise.
    static func isoTimestamp(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> ExportTimestamp? {
        let start = range.lowerBound
        func number(_ offset: Int, _ count: Int) -> Int? {
            var value = 0
            for index in start + offset..<start + offset + count {
                let digit = bytes[index] &- 0x30
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            return value
        }
        guard range.count == 10 || range.count == 16 || range.count == 19,
            let date = LocalDate(isoBytes: bytes[start..<start + 10])
        else { return nil }
        guard range.count > 10 else { return ExportTimestamp(date: date, secondsOfDay: nil) }
        guard bytes[start + 10] == 0x54 || bytes[start + 10] == 0x20, bytes[start + 13] == 0x3A,
            let hour = number(11, 2), let minute = number(14, 2), hour < 24, minute < 60
        else { return nil }
        var second = 0
        if range.count == 19 {
            guard bytes[start + 16] == 0x3A, let value = number(17, 2), value < 60 else { return nil }
            second = value
        }
        return ExportTimestamp(date: date, secondsOfDay: hour * 3600 + minute * 60 + second)
    }

    private static func startsWithSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard let first = range.first else { return false }
        let byte = bytes[first]
        if byte < 0x80 { return byte <= 0x20 || byte == 0x7F }
        var iterator = range.lazy.map { bytes[$0] }.makeIterator()
        var decoder = Unicode.UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return true }
        return scalar.properties.isWhitespace
    }

    private static func endsWithSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard let last = range.last else { return false }
        let byte = bytes[last]
        if byte < 0x80 { return byte <= 0x20 || byte == 0x7F }
        // A non-ASCII last scalar may extend the character before it (a combining accent after
        // a space): trimming looks at whole characters, and so does this.
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        return text.last?.isWhitespace ?? false
    }

    /// True when the bytes are well-formed UTF-8 (no overlong forms, surrogates or values
    /// beyond U+10FFFF), as `String(validating:)` would accept them.
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let count: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: count = 1
            case 0xE0: count = 2; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: count = 2
            case 0xED: count = 2; high = 0x9F
            case 0xF0: count = 3; low = 0x90
            case 0xF1...0xF3: count = 3
            case 0xF4: count = 3; high = 0x8F
            default: return false
            }
            guard index + count < end else { return false }
            let second = bytes[index + 1]
            guard second >= low, second <= high else { return false }
            for offset in stride(from: 2, through: count, by: 1) where bytes[index + offset] & 0xC0 != 0x80 {
                return false
            }
            index += count + 1
        }
        return true
    }
}
