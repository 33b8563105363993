import EvalFeedbackCore
import Foundation
import Hummingbird

/// `GET/POST /imports`: the lead uploads an evaluation export; the same import as
/// `evalfeedback import` runs on it, and the page shows its summary and rejects. Before an
/// upload, the page lists the rejects of the last imports, the nightly job's and the CLI's
/// too, so that what they could not read is seen without a terminal (R5).
///
/// The upload is written to a folder only the server's user may read (0700, the file 0600:
/// it holds personal data, R16) and removed once imported; its size is capped by the
/// config's `server.upload_limit_mb` before it is read.
struct ImportRoutes {
    let services: WebServices

    func add(to router: Router<WebContext>) {
        router.get("/imports") { _, context in try await overview(context) }
        router.post("/imports") { _, context in try await upload(context) }
    }

    private func page(_ context: WebContext, values: [String: Any] = [:], status: HTTPResponse.Status = .ok) throws
        -> Response
    {
        let user = try context.signedIn()
        guard CaseAccess.mayImport(user) else { throw PageError.forbidden }
        var values = values
        values["limit"] = services.settings.server.uploadLimitMB
        return services.pages.page("imports", values, context: context, status: status)
    }

    /// How many earlier imports the page lists rejects of, and how many rejects of each.
    static let earlierImports = 5
    static let earlierRejectsEach = 50

    /// The upload form, and the rejects of the last imports that had any.
    private func overview(_ context: WebContext) async throws -> Response {
        let user = try context.signedIn()
        guard CaseAccess.mayImport(user) else { throw PageError.forbidden }
        let recent = try await services.register.run { store in
            try store.recentRejects(imports: Self.earlierImports, each: Self.earlierRejectsEach)
        }
        let words = services.pages.wording(context)
        let earlier: [[String: Any]] = recent.map { batch in
            var values: [String: Any] = [
                "heading": words.importHeading(batch).safeForMessage, "rejects": rows(batch.first, words),
            ]
            if batch.total > batch.first.count { values["more"] = words.moreRejects(batch.total - batch.first.count) }
            return values
        }
        return try page(context, values: ["earlier": earlier, "hasEarlier": !earlier.isEmpty])
    }

    /// A table's rows of rejects: the line and why, in the reader's words.
    private func rows(_ rejects: [RejectedRecord], _ words: Wording) -> [[String: Any]] {
        rejects.map { ["line": $0.line, "reason": words.rejection($0).safeForMessage] }
    }

    private func upload(_ context: WebContext) async throws -> Response {
        let user = try context.signedIn()
        guard CaseAccess.mayImport(user) else { throw PageError.forbidden }
        guard let file = context.form.files["file"], !file.bytes.isEmpty else {
            return try page(
                context, values: ["error": services.pages.wording(context).problem(.fileMissing)], status: .badRequest)
        }
        let name = file.name.isEmpty ? "upload.csv" : file.name.safeForMessage
        let settings = services.settings.importSettings(today: services.configuration.today())
        let bytes = file.bytes
        do {
            let (outcome, rejects) = try await services.register.run { store in
                try Self.importing(bytes, name: name) { url in
                    let outcome = try store.importEvaluations(from: url, name: name, settings: settings)
                    let rejects = try outcome.summary?.importID.map { try store.rejects(ofImport: $0) } ?? []
                    return (outcome, rejects)
                }
            }
            let words = services.pages.wording(context)
            var values: [String: Any] = ["line": words.imported(outcome).safeForMessage]
            if let summary = outcome.summary {
                // The file's remarks and field warnings, worded from their values; the names of
                // columns and the values they quote are the file's own.
                values["notes"] = (summary.notes.map(words.remark) + summary.warnings.map(words.warning))
                    .map(\.safeForMessage)
                if summary.warningCount > summary.warnings.count {
                    values["moreWarnings"] = words.moreWarnings(summary.warningCount - summary.warnings.count)
                }
            }
            values["rejects"] = rows(rejects, words)
            values["hasRejects"] = !rejects.isEmpty
            return try page(context, values: values)
        } catch let error as ImportError {
            let message = services.pages.wording(context).problem(.notImported(error))
            return try page(context, values: ["error": message.safeForMessage], status: .unprocessableContent)
        }
    }

    /// Runs `body` on the upload written to a private temporary folder, then removes both.
    private static func importing<T>(_ bytes: [UInt8], name: String, _ body: (URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("evalfeedback-upload-\(WebSession.newToken().prefix(16))")
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(URL(fileURLWithPath: name).lastPathComponent)
        guard
            FileManager.default.createFile(
                atPath: url.path, contents: Data(bytes), attributes: [.posixPermissions: 0o600])
        else {
            throw PageError(.internalServerError, .uploadNotStored)
        }
        return try body(url)
    }
}
