import Testing

@testable import EvalFeedbackCore

@Suite("Text encodings of fields")
struct FieldDecoderTests {
    @Test("Bytes that are not UTF-8 make an unmarked file Windows-1252 (Dutch Excel)")
    func windows1252() {
        var decoder = FieldDecoder(form: .unmarked)
        #expect(decoder.decode(Array("plain".utf8)).text == "plain")
        #expect(decoder.encoding == .undecided)
        let decoded = decoder.decode([0x5A, 0x6F, 0xEB, 0x20, 0x80, 0x93, 0x61, 0x94])  // Zoë €“a”
        #expect(decoded.text == "Zoë €“a”")
        #expect(decoded.problem == nil)
        #expect(decoder.encoding == .windows1252)
    }

    @Test("Valid UTF-8 settles the file as UTF-8; a later bad field is read as Windows-1252 with a warning")
    func utf8ThenBad() {
        var decoder = FieldDecoder(form: .unmarked)
        #expect(decoder.decode(Array("Zoë".utf8)).text == "Zoë")
        #expect(decoder.encoding == .utf8)
        let bad = decoder.decode([0x63, 0x61, 0x66, 0xE9])
        #expect(bad.text == "café")
        #expect(bad.problem?.description == "is not valid UTF-8; read as Windows-1252, check the text")
    }

    @Test("NUL bytes are removed with a warning")
    func nul() {
        var decoder = FieldDecoder(form: .utf8BOM)
        let decoded = decoder.decode([0x37, 0x00])
        #expect(decoded.text == "7")
        #expect(decoded.problem?.description == "contains NUL bytes, which were removed")
    }
}
