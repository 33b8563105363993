import Foundation
import TestSupport

/// A sendmail stand-in in a temporary folder: it keeps each message it reads as
/// `message-N.eml`, and fails (exit 1, a word on stderr) for a message to `failFor`.
struct FakeSendmail {
    let folder: URL
    /// The `mail.sendmail` line that runs it.
    let command: String

    init(failFor address: String? = nil) throws {
        let marker = try TemporaryFile(name: "sent.log", text: "")
        folder = marker.url.deletingLastPathComponent()
        let script = folder.appendingPathComponent("sendmail.sh")
        let failing =
            address.map { "if grep -q '^To: .*\($0)' \"$file\"; then echo 'mailbox unavailable' >&2; exit 1; fi" } ?? ""
        try Data(
            """
            #!/bin/sh
            # Called as: sendmail.sh -t -oi; keeps its arguments and stdin.
            n=$(ls "\(folder.path)" | grep -c '^message-')
            file="\(folder.path)/message-$((n + 1)).eml"
            cat > "$file"
            echo "$@" >> "\(folder.path)/sent.log"
            \(failing)
            exit 0

            """.utf8
        ).write(to: script)
        command = "/bin/sh \(script.path) -t -oi"
    }

    /// The messages it received, in order.
    var received: [String] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasPrefix("message-") }
            .sorted { Int($0.dropFirst(8).dropLast(4)) ?? 0 < Int($1.dropFirst(8).dropLast(4)) ?? 0 }
        return names.compactMap { try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
    }

    /// The arguments of each call.
    var arguments: [String] {
        ((try? String(contentsOf: folder.appendingPathComponent("sent.log"), encoding: .utf8)) ?? "")
            .split(separator: "\n").map(String.init)
    }
}
