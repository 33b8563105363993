extension String {
    /// Bytes read as Windows-1252: Latin-1 with typographic characters in 0x80-0x9F. What an
    /// export that is not UTF-8 is read as, and how a rejected record's text is shown (R5).
    init(windows1252 bytes: [UInt8]) {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let value = byte >= 0x80 && byte <= 0x9F ? Self.windows1252High[Int(byte - 0x80)] : UInt32(byte)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        self.init(scalars)
    }

    /// 0x80-0x9F; the five undefined bytes map to the same code point, as Windows does.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
}
