/// An email address with an optional display name, checked so that it can go into a header
/// as it is: no space, control character, angle bracket or second `@` can reach a header
/// through an address.
public struct MailAddress: Sendable, Equatable, CustomStringConvertible {
    /// The display name, cleaned (`MailText.oneLine`); nil when there is none.
    public let name: String?
    /// The address itself, `local@domain`, ASCII.
    public let address: String

    /// `address` with display `name`; nil when the address is not one a mail server accepts.
    public init?(name: String? = nil, address: String) {
        let address = address.trimmed
        guard Self.isValid(address) else { return nil }
        self.address = address
        self.name = name.map(MailText.oneLine).flatMap(\.trimmedOrNil)
    }

    /// An address written in this module, known to be valid (a sample).
    init(known address: String, name: String?) {
        self.address = address
        self.name = name
    }

    /// Reads `Name <local@domain>` or `local@domain`; nil for anything else.
    public init?(parsing text: String) {
        let text = text.trimmed
        if text.hasSuffix(">"), let open = text.lastIndex(of: "<") {
            var name = String(text[..<open]).trimmed
            if name.count >= 2, name.hasPrefix("\""), name.hasSuffix("\"") {
                name = String(name.dropFirst().dropLast())
            }
            self.init(name: name, address: String(text[text.index(after: open)..<text.index(before: text.endIndex)]))
        } else {
            self.init(address: text)
        }
    }

    /// `Name <local@domain>`, as people read it (not header-encoded).
    public var description: String { name.map { "\($0) <\(address)>" } ?? address }

    /// The domain, for Message-IDs.
    public var domain: String {
        String(address[address.index(after: address.lastIndex(of: "@") ?? address.startIndex)...])
    }

    /// The header form: the name quoted, or encoded (RFC 2047) when it is not ASCII.
    var header: String {
        guard let name else { return address }
        return "\(MailEncoding.phrase(name)) <\(address)>"
    }

    /// RFC 5322's dot-atom local part and a domain of letters, digits and hyphens: what every
    /// mail server takes, without quoting.
    private static func isValid(_ address: String) -> Bool {
        let parts = address.utf8.split(separator: UInt8(ascii: "@"), omittingEmptySubsequences: false)
        guard parts.count == 2, address.utf8.count <= 254 else { return false }
        let local = parts[0]
        let domain = parts[1]
        let dot = UInt8(ascii: ".")
        guard !local.isEmpty, local.count <= 64, local.first != dot, local.last != dot,
            !zip(local, local.dropFirst()).contains(where: { $0 == dot && $1 == dot }),
            local.allSatisfy({ atext.contains($0) || $0 == dot })
        else { return false }
        let labels = domain.split(separator: dot, omittingEmptySubsequences: false)
        let hyphen = UInt8(ascii: "-")
        return labels.count >= 2
            && labels.allSatisfy { label in
                !label.isEmpty && label.count <= 63 && label.first != hyphen && label.last != hyphen
                    && label.allSatisfy { letterOrDigit.contains($0) || $0 == hyphen }
            }
    }

    /// The characters of a dot-atom besides the dot (RFC 5322 §3.2.3).
    private static let atext = Set(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~".utf8)
    private static let letterOrDigit = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8)
}
