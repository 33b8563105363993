import Testing

@testable import EvalFeedbackCore

@Suite("The config's server: section")
struct ServerSettingsTests {
    @Test("behind_tls, idle_minutes, upload_limit_mb and trusted_proxy are read; the defaults otherwise")
    func read() throws {
        #expect(try SettingsFile.parse("low_score_threshold: 6\n", path: "c.yaml").server == ServerSettings())
        let settings = try SettingsFile.parse(
            """
            server:
              behind_tls: true
              idle_minutes: 15
              upload_limit_mb: 20
              trusted_proxy: true
            """, path: "c.yaml")
        var expected = ServerSettings()
        expected.behindTLS = true
        expected.idleMinutes = 15
        expected.uploadLimitMB = 20
        expected.trustedProxy = true
        #expect(settings.server == expected)
    }

    @Test(
        "A bad value or an unknown key names the file, line and setting",
        arguments: [
            (
                "server:\n  idle_minutes: 0\n",
                ConfigError.badValue(
                    path: "c.yaml", line: 2, key: "server.idle_minutes",
                    problem: "must be a whole number from 1 to 1440")
            ),
            (
                "server:\n  behind_tls: maybe\n",
                ConfigError.badValue(
                    path: "c.yaml", line: 2, key: "server.behind_tls", problem: "must be true or false")
            ),
            (
                "server:\n  idle: 5\n",
                ConfigError.unknownKey(
                    path: "c.yaml", line: 2, key: "server.idle",
                    known: ["behind_tls", "idle_minutes", "upload_limit_mb", "trusted_proxy"])
            ),
        ])
    func bad(text: String, error: ConfigError) {
        #expect(throws: error) { try SettingsFile.parse(text, path: "c.yaml") }
    }
}
