import Foundation

/// The current moment as history steps store it (`2026-11-25T17:47:00Z`, UTC, as SQLite's
/// `strftime('%Y-%m-%dT%H:%M:%SZ', 'now')` writes it), formatted once per second.
final class RecordingClock {
    private var second: time_t = -1
    private var text = ""

    var now: String {
        var current = time(nil)
        guard current != second else { return text }
        second = current
        var parts = tm()
        gmtime_r(&current, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        text =
            "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))"
            + "T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
        return text
    }
}
