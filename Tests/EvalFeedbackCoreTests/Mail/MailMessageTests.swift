import Foundation
import TestSupport
import Testing

@testable import EvalFeedbackCore

@Suite("Mail messages: addresses, encodings, and the SHA-256 kept of each letter")
struct MailMessageTests {
    @Test(
        "SHA-256 gives FIPS 180's vectors",
        arguments: [
            ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),  // empty: padding only
            ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),  // one block
            (  // 448 bits: the length no longer fits the first block
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
            ),
        ])
    func sha256Vectors(text: String, digest: String) {
        #expect(SHA256.hex(text.utf8) == digest)
    }

    @Test("SHA-256 agrees with Python's hashlib on every length from 0 to 300 bytes (each block boundary)")
    func sha256AgreesWithPython() throws {
        let inputs = (0...300).map { length in (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ length) } }
        let hexInputs = inputs.map { $0.map { String(format: "%02x", $0) }.joined() }.joined(separator: "\n") + "\n"
        let expected = try ChildProcess.python(
            [
                "-c",
                "import sys, hashlib\nfor line in sys.stdin: print(hashlib.sha256(bytes.fromhex(line.strip())).hexdigest())",
            ],
            input: Data(hexInputs.utf8)
        ).output.split(separator: "\n").map(String.init)
        #expect(inputs.map { SHA256.hex($0) } == expected)
    }

    @Test(
        "Only addresses a header can hold as they are",
        arguments: [
            ("k.dewit@zuidwolde.example", true),  // plain
            ("o'brien+klachten@mail.academie.example", true),  // atext punctuation
            ("k.dewit@zuidwolde.example\r\nBcc: x@y.example", false),  // header injection
            ("k dewit@zuidwolde.example", false),  // space
            ("<k@zuidwolde.example>", false),  // angle brackets
            ("k@@zuidwolde.example", false),  // two @
            ("k@localhost", false),  // no domain dot
            (".k@zuidwolde.example", false),  // leading dot
            ("zoë@zuidwolde.example", false),  // not ASCII
            ("k@-zuidwolde.example", false),  // label starts with a hyphen
        ])
    func addresses(text: String, valid: Bool) {
        #expect((MailAddress(address: text) != nil) == valid)
    }

    @Test("A config address is read with or without a display name")
    func parsing() {
        #expect(
            MailAddress(parsing: "Academie <klachten@academie.example>")?.header
                == "Academie <klachten@academie.example>")
        #expect(MailAddress(parsing: "\"Team, Klachten\" <k@a.example>")?.header == "\"Team, Klachten\" <k@a.example>")
        #expect(MailAddress(parsing: "k@a.example")?.header == "k@a.example")
        #expect(MailAddress(parsing: "Academie <klachten>") == nil)
    }

    @Test(
        "Quoted-printable keeps lines to 76 characters, encodes '=', non-ASCII, trailing spaces, a lone dot and 'From '"
    )
    func quotedPrintable() {
        let text = String(repeating: "é", count: 60) + "\n.\nFrom me\nend = \n" + String(repeating: "x", count: 200)
        let encoded = MailEncoding.quotedPrintable(text)
        #expect(encoded.split(separator: "\n").allSatisfy { $0.count <= 76 })
        #expect(encoded.contains("\n=2E\n=46rom me\nend =3D=20\n"))
        #expect(!encoded.unicodeScalars.contains { $0.value > 126 })
    }

    @Test("A long subject is folded at spaces; a long name that is not ASCII is split between characters")
    func folding() throws {
        let long = String(repeating: "klacht ", count: 20)
        let folded = MailEncoding.unstructured(long, used: 9)
        #expect(folded.split(separator: "\n").allSatisfy { $0.count <= 78 - 0 })
        #expect(folded.replacingOccurrences(of: "\n ", with: " ") == long.trimmingCharacters(in: .whitespaces))
        let words = MailEncoding.encodedWords(String(repeating: "Ünal-Çelik ", count: 8))
        #expect(words.split(separator: "\n").allSatisfy { $0.trimmingCharacters(in: .whitespaces).count <= 75 })
        let message = MailMessage(
            from: try #require(MailAddress(address: "a@academie.example")),
            to: try #require(MailAddress(name: String(repeating: "Ünal-Çelik ", count: 8), address: "z@b.example")),
            replyTo: nil, subject: long + "\r\nBcc: x@y.example", date: Date(timeIntervalSince1970: 0),
            messageID: "id@a.example>\r\nX: y", text: "hoi", html: "<p>hoi</p>")
        let parsed = try PythonEmail(parsing: message.rendered)
        #expect(parsed.defects.isEmpty)
        #expect(
            parsed.decoded["to"] == String(repeating: "Ünal-Çelik ", count: 8).trimmingCharacters(in: .whitespaces)
                + " <z@b.example>")
        #expect(parsed.headers["subject"] == long.trimmingCharacters(in: .whitespaces) + " Bcc: x@y.example")
        #expect(parsed.headers["message-id"] == "<id@a.exampleXy>", "nothing but a Message-ID's own characters")
        #expect(parsed.names == ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"])
    }
}

@Suite("The Date header")
struct MailDateTests {
    @Test(
        "RFC 5322's date in Dutch civil time, winter and summer",
        arguments: [
            (1_797_580_800.0, "Fri, 18 Dec 2026 09:00:00 +0100"),  // CET
            (1_782_892_800.0, "Wed, 01 Jul 2026 10:00:00 +0200"),  // CEST
            (1_774_745_999.0, "Sun, 29 Mar 2026 01:59:59 +0100"),  // the second before the clocks go forward
            (1_774_746_000.0, "Sun, 29 Mar 2026 03:00:00 +0200"),  // and after
        ])
    func date(seconds: Double, header: String) {
        #expect(MailEncoding.date(Date(timeIntervalSince1970: seconds)) == header)
    }
}

@Suite("Display controls in values")
struct MailTextTests {
    @Test(
        "R16: overrides, isolates and control characters are shown, line ends kept as \\n, plain text left alone",
        arguments: [
            ("Zoë Ünal-Çelik, née Ørsted — “ok”", "Zoë Ünal-Çelik, née Ørsted — “ok”"),  // nothing to change
            ("a\u{202A}b\u{202E}c", "a[U+202A]b[U+202E]c"),  // embeddings and overrides
            ("a\u{2066}b\u{2069}c", "a[U+2066]b[U+2069]c"),  // isolates
            ("a\u{0085}b\u{009F}c\u{007F}d", "a[U+0085]b[U+009F]c[U+007F]d"),  // C1 controls and DEL
            ("a\u{2028}b\u{2029}c", "a[U+2028]b[U+2029]c"),  // line and paragraph separators
            ("a\r\nb\rc\nd\te\u{0000}", "a\nb\nc\nd\te[U+0000]"),  // line ends; NUL
            ("\u{200E}\u{2067}", "\u{200E}[U+2067]"),  // a left-to-right mark is harmless; an isolate is not
        ])
    func clean(text: String, shown: String) {
        #expect(MailText.clean(text) == shown)
    }
}
