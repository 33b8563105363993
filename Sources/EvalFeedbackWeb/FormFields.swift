import Foundation

/// A POSTed form's fields, from `application/x-www-form-urlencoded` or, for the upload,
/// `multipart/form-data`. Every page's forms post one of the two; anything else is refused.
public struct FormFields: Sendable, Equatable {
    /// A file field's name and bytes.
    public struct File: Sendable, Equatable {
        /// The name the browser gave (only its last path component is used).
        public let name: String
        /// The file's bytes.
        public let bytes: [UInt8]
    }

    /// The text fields; for a name given twice, the first.
    public private(set) var fields: [String: String] = [:]
    /// The file fields.
    public private(set) var files: [String: File] = [:]

    /// No fields.
    public init() {}

    /// The fields of a urlencoded body; nil when it is not one (bad percent escapes or UTF-8).
    public init?(urlEncoded body: [UInt8]) {
        guard let text = String(validating: body, as: UTF8.self) else { return nil }
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]), let value = Self.decode(parts.count > 1 ? parts[1] : "") else {
                return nil
            }
            if fields[name] == nil { fields[name] = value }
        }
    }

    /// The fields of a multipart body with this boundary; nil when it is not one.
    public init?(multipart body: [UInt8], boundary: String) {
        let delimiter = Array(("--" + boundary).utf8)
        let headerEnd = Array("\r\n\r\n".utf8)
        guard var start = body.firstRange(of: delimiter)?.upperBound else { return nil }
        while true {
            // After a delimiter: "--" ends the body, "\r\n" starts a part.
            let rest = body[start...]
            if rest.starts(with: Array("--".utf8)) { return }
            guard rest.starts(with: Array("\r\n".utf8)) else { return nil }
            let partStart = start + 2
            guard let headersEnd = body[partStart...].firstRange(of: headerEnd),
                let next = body[headersEnd.upperBound...].firstRange(of: Array("\r\n".utf8) + delimiter),
                let headers = String(validating: body[partStart..<headersEnd.lowerBound], as: UTF8.self)
            else { return nil }
            let content = Array(body[headersEnd.upperBound..<next.lowerBound])
            guard let disposition = Self.disposition(headers), let name = disposition["name"] else { return nil }
            if let file = disposition["filename"] {
                if files[name] == nil {
                    files[name] = File(name: URL(fileURLWithPath: file).lastPathComponent, bytes: content)
                }
            } else {
                guard let value = String(validating: content, as: UTF8.self) else { return nil }
                if fields[name] == nil { fields[name] = value }
            }
            start = next.upperBound
        }
    }

    /// The field's value, nil when absent.
    public subscript(name: String) -> String? { fields[name] }

    /// The field's value with white space trimmed; nil when absent or empty.
    func text(_ name: String) -> String? {
        guard let value = fields[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
            return nil
        }
        return value
    }

    private static func decode(_ part: Substring) -> String? {
        part.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }

    /// `form-data; name="x"; filename="y"` as its parameters.
    private static func disposition(_ headers: String) -> [String: String]? {
        for line in headers.components(separatedBy: "\r\n")
        where line.lowercased().hasPrefix("content-disposition:") {
            var parameters: [String: String] = [:]
            for item in line.split(separator: ";").dropFirst() {
                let pair = item.split(separator: "=", maxSplits: 1)
                guard pair.count == 2 else { continue }
                var value = pair[1].trimmingCharacters(in: .whitespaces)
                if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                    value = String(value.dropFirst().dropLast())
                }
                parameters[pair[0].trimmingCharacters(in: .whitespaces).lowercased()] = value
            }
            return parameters
        }
        return nil
    }
}
