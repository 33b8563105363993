import ArgumentParser
import EvalFeedbackCore
import EvalFeedbackWeb
import Foundation
import Hummingbird
import Logging

/// `evalfeedback-server serve --listen 127.0.0.1:8080`.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the register at an address (put a reverse proxy with TLS in front; see docs/server.md).")

    @OptionGroup var global: GlobalOptions

    @Option(
        help:
            "Where to listen, as host:port (port 0: any free one). Only this machine by default; a proxy makes it public."
    )
    var listen = "127.0.0.1:8080"

    func validate() throws {
        guard Self.address(listen) != nil else {
            throw ValidationError("--listen '\(listen)' is not host:port, e.g. 127.0.0.1:8080.")
        }
    }

    func run() async throws {
        do {
            guard let (host, port) = Self.address(listen) else { return }
            LoggingSystem.bootstrap(StreamLogHandler.standardError)
            let path = global.databasePath
            guard FileManager.default.fileExists(atPath: path) else {
                throw StoreError.cannotOpen(
                    path: path, reason: "there is no register there yet; import exports first, or check the path")
            }
            let configuration = ServerConfiguration(
                databasePath: path, settings: try global.settings(), today: global.today, host: host, port: port)
            let app = try await buildApplication(configuration)
            try await app.runService()
        } catch {
            throw Failure.translate(error)
        }
    }

    static func address(_ text: String) -> (String, Int)? {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]),
            (0...65535).contains(port), colon > text.startIndex
        else { return nil }
        return (String(text[..<colon]), port)
    }
}
