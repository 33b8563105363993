import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore

/// One browser against the in-process server: it keeps the session cookie and the last
/// page's form token, as a browser keeps them for the user.
struct Browser {
    let client: any TestClientProtocol
    var cookie: String?
    var token: String?
    /// Sent as the Origin of every POST, as a browser does; nil sends none.
    var origin: String? = "http://localhost"
    var forwardedFor: String?
    /// Sent as `Sec-Fetch-Site` with every POST when set.
    var fetchSite: String?

    init(_ client: any TestClientProtocol) { self.client = client }

    /// The page at `path`; the session cookie and the page's form token are kept.
    @discardableResult
    mutating func get(_ path: String) async throws -> (status: Int, body: String, headers: HTTPFields) {
        let response = try await client.execute(uri: path, method: .get, headers: headers(), body: nil)
        return keep(response)
    }

    /// Posts `fields` urlencoded, with the kept token unless `withToken` is false.
    @discardableResult
    mutating func post(_ path: String, _ fields: [(String, String)] = [], withToken: Bool = true) async throws
        -> (status: Int, body: String, headers: HTTPFields)
    {
        var all = fields
        if withToken, let token { all.append(("_token", token)) }
        let body = all.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        var headers = headers()
        headers[.contentType] = "application/x-www-form-urlencoded"
        if let origin { headers[.origin] = origin }
        if let fetchSite, let name = HTTPField.Name("Sec-Fetch-Site") { headers[name] = fetchSite }
        let response = try await client.execute(
            uri: path, method: .post, headers: headers, body: ByteBuffer(string: body))
        return keep(response)
    }

    /// Posts a multipart body (the upload form).
    @discardableResult
    mutating func upload(_ path: String, file: String, bytes: [UInt8], size: Int? = nil) async throws
        -> (status: Int, body: String, headers: HTTPFields)
    {
        let boundary = "----evalfeedbacktest"
        var body = Array(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"_token\"\r\n\r\n\(token ?? "")\r\n".utf8)
        body += Array(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(file)\"\r\nContent-Type: text/csv\r\n\r\n"
                .utf8)
        body += bytes
        body += Array("\r\n--\(boundary)--\r\n".utf8)
        var headers = headers()
        headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
        if let origin { headers[.origin] = origin }
        let response = try await client.execute(
            uri: path, method: .post, headers: headers, body: ByteBuffer(bytes: body))
        return keep(response)
    }

    /// Signs in as `login`; the status of the answer to the form.
    @discardableResult
    mutating func login(_ login: String, password: String = ServerFixture.password) async throws -> Int {
        try await get("/login")
        return try await post("/login", [("login", login), ("password", password)]).status
    }

    private func headers() -> HTTPFields {
        var headers = HTTPFields()
        if let cookie { headers[.cookie] = cookie }
        if let forwardedFor, let name = HTTPField.Name("X-Forwarded-For") { headers[name] = forwardedFor }
        return headers
    }

    private mutating func keep(_ response: TestResponse) -> (status: Int, body: String, headers: HTTPFields) {
        for value in response.headers[values: .setCookie] {
            let pair = value.split(separator: ";")[0]
            cookie = String(pair)
        }
        let body = String(buffer: response.body)
        if let range = body.range(of: "name=\"_token\" value=\"") {
            token = String(body[range.upperBound...].prefix { $0 != "\"" })
        }
        return (Int(response.status.code), body, response.headers)
    }

    private static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
