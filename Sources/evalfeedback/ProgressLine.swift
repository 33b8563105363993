import EvalFeedbackCore
import Foundation

/// The line a long import shows on stderr: percent of the file, rows per second, flags so far.
///
/// On a terminal it updates in place, at most five times a second, and is wiped before the
/// summary line; written to a file or a log (`--progress` without a terminal) it prints a
/// plain line every few seconds instead.
final class ProgressLine {
    private let file: String
    private let inPlace: Bool
    private let start = Date()
    private var shownAt = Date.distantPast
    private var shown = false

    init(file: String, inPlace: Bool) {
        self.file = file
        self.inPlace = inPlace
    }

    /// Whether to show progress: on a terminal, unless `--quiet`; anywhere with `--progress`.
    static func wanted(quiet: Bool, progress: Bool) -> (show: Bool, inPlace: Bool) {
        let terminal = isatty(STDERR_FILENO) == 1
        return (progress || (terminal && !quiet), terminal)
    }

    func update(_ progress: ImportProgress) {
        let now = Date()
        guard now.timeIntervalSince(shownAt) >= (inPlace ? 0.2 : 5) else { return }
        shownAt = now
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        let percent = progress.byteCount > 0 ? 100 * progress.bytesRead / progress.byteCount : 100
        let rate = Int(Double(progress.records) / elapsed)
        let text =
            "\(file): \(percent)% · \(progress.records.formatted()) records · \(rate.formatted()) records/s · "
            + "\(progress.flagged.formatted()) flagged"
        // A line wider than the terminal would wrap, and `\r` would only go back to its last row.
        let fitted = inPlace ? String(text.prefix(Self.terminalWidth() - 1)) : text
        FileHandle.standardError.write(Data((inPlace ? "\r\u{1B}[K" + fitted : fitted + "\n").utf8))
        shown = true
    }

    /// The terminal's width in columns; 80 when it does not say.
    private static func terminalWidth() -> Int {
        var size = winsize()
        guard ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    /// Wipes the line before the summary is printed.
    func clear() {
        guard inPlace, shown else { return }
        shown = false
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
