import Foundation
import TestSupport

/// A message as Python's `email` package reads it: an independent parser, so that what the
/// tests check is what a mail client would see, not what our own code thinks it wrote.
struct PythonEmail: Decodable {
    struct Part: Decodable {
        let type: String
        let charset: String?
        let encoding: String?
        let content: String
    }

    /// Header names in order, as written.
    let names: [String]
    /// Each header as the parser's header classes show it, by lowercase name.
    let headers: [String: String]
    /// Each header's raw value decoded by `email.header.decode_header` (RFC 2047 to the letter:
    /// the space between two encoded words is not text). The address parser keeps that space,
    /// so a long encoded name is checked here.
    let decoded: [String: String]
    let type: String
    let parts: [Part]
    /// What the parser found wrong, by class name.
    let defects: [String]

    /// The text of the part of `type` (`text/plain`, `text/html`).
    func body(_ type: String) -> String? { parts.first { $0.type == type }?.content }

    private static let script = """
        import sys, json, email
        from email import policy
        from email.header import decode_header, make_header
        m = email.message_from_binary_file(sys.stdin.buffer, policy=policy.default)
        defects = [type(d).__name__ for d in m.defects]
        parts = []
        for p in (m.iter_parts() if m.is_multipart() else [m]):
            defects += [type(d).__name__ for d in p.defects]
            parts.append({"type": p.get_content_type(), "charset": p.get_content_charset(),
                          "encoding": p.get("Content-Transfer-Encoding"), "content": p.get_content()})
        decoded = {k.lower(): str(make_header(decode_header(v))) for k, v in m.raw_items()}
        headers = {}
        for k, v in m.items():
            headers[k.lower()] = str(v)
            defects += [type(d).__name__ for d in getattr(v, "defects", [])]
        print(json.dumps({"names": list(m.keys()), "headers": headers, "type": m.get_content_type(),
                          "parts": parts, "defects": defects, "decoded": decoded}))
        """

    /// Parses `message` with `python3`.
    init(parsing message: String) throws {
        let data = try ChildProcess.python(["-c", Self.script], input: Data(message.utf8)).stdout
        self = try JSONDecoder().decode(PythonEmail.self, from: data)
    }
}
