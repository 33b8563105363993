import EvalFeedbackCore
import Foundation

/// Renders many letters in one process for `make bench` (scripts/bench.py), so that the figure is
/// the letters' own cost, not ten thousand process start-ups:
///
///     BenchLetters DATABASE CONFIG COUNT AS_OF
///
/// Each letter is made as `case letter ID acknowledgement` makes it: the case read, its facts
/// checked, the templates rendered and checked, the whole message written. The cases are the
/// open ones with an email address on the follow-up list, taken in turn.
@main
enum BenchLetters {
    static func main() throws {
        let arguments = CommandLine.arguments
        guard arguments.count == 5, let count = Int(arguments[3]), let today = LocalDate(arguments[4]) else {
            FileHandle.standardError.write(Data("usage: BenchLetters DATABASE CONFIG COUNT AS_OF\n".utf8))
            exit(64)
        }
        let store = try AppDatabase.openReadOnly(at: arguments[1])
        let settings = try SettingsFile.load(path: arguments[2])
        let ids = try store.followUpList(on: today, manager: nil, settings: settings).items
            .filter { $0.respondentEmail != nil }.map(\.caseID)
        guard !ids.isEmpty else {
            FileHandle.standardError.write(Data("no case with an email address\n".utf8))
            exit(65)
        }
        let date = Date()
        var bytes = 0
        for index in 0..<count {
            let letter = try CaseLetter(
                .acknowledgement, caseID: ids[index % ids.count], language: nil, store: store, settings: settings,
                date: date)
            bytes += letter.message.rendered.utf8.count
        }
        print("\(count) letters rendered, \(bytes) bytes")
    }
}
