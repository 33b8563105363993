/// R6: the key a response is stored under, so that the same response imported again (a
/// cumulative export, the same file renamed) is recognised, and two different ones are not
/// taken for one. Both readings of an import make their keys here: the general one into a
/// string, the plain one into bytes reused from row to row.
enum ResponseKey {
    /// Writes the key of a response that has the export's own `id` to `out`.
    ///
    /// Within a known `form` its id is the response, whenever it was submitted or edited
    /// (Microsoft Forms numbers every form's responses 1, 2, 3, ...): `id:<form>/<id>`.
    /// Otherwise ids such as `Nr` restart in every export: the submission time (`submitted`,
    /// as stored), to the minute (Excel drops the seconds when it saves an export again),
    /// tells them apart: `id:<id>@2026-11-23 14:05`. Without one, the response's content
    /// does: `id:<id>#<fingerprint>`.
    static func write<Out: KeyOutput>(
        id: some Collection<UInt8>, form: (some Collection<UInt8>)?, submitted: (some Collection<UInt8>)?,
        fingerprint: () -> String, to out: inout Out
    ) {
        out.put("id:".utf8)
        if let form {
            out.put(form)
            out.put(CollectionOfOne(0x2F))  // "/"
            out.put(id)
        } else if let submitted {
            out.put(id)
            out.put(CollectionOfOne(0x40))  // "@"
            out.put(submitted.prefix(16))
        } else {
            out.put(id)
            out.put(CollectionOfOne(0x23))  // "#"
            out.put(fingerprint().utf8)
        }
    }

    /// The key of a response with the export's own `id` (see `write`), as a string.
    static func of(id: String, form: String?, submitted: String?, fingerprint: () -> String) -> String {
        var bytes: [UInt8] = []
        write(id: id.utf8, form: form?.utf8, submitted: submitted?.utf8, fingerprint: fingerprint, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The key of a response without an id: a fingerprint of everything it says, and its
    /// occurrence in the file, because two people may give the same anonymous answers. A
    /// cumulative export repeats both, and so repeats the key.
    static func anonymous(fingerprint: String, occurrence: Int) -> String {
        occurrence == 1 ? "fp:\(fingerprint)" : "fp:\(fingerprint)#\(occurrence)"
    }
}

/// Where `ResponseKey` writes a key's bytes.
protocol KeyOutput {
    mutating func put(_ bytes: some Collection<UInt8>)
}

extension Array: KeyOutput where Element == UInt8 {
    mutating func put(_ bytes: some Collection<UInt8>) { append(contentsOf: bytes) }
}
