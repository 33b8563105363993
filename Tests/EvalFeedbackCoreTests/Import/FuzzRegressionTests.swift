import Foundation
import Testing

@testable import EvalFeedbackCore

/// Every input in `Fuzz/corpus` (the seeds) and `Fuzz/crashes` (what `make fuzz` once found)
/// goes through the import again: none may crash or hang.
@Suite("Fuzzing's seeds and finds, replayed")
struct FuzzRegressionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fuzz")

    static var inputs: [String] {
        ["corpus", "crashes"].flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? [])
                .filter { !$0.hasPrefix(".") }.map { "\(folder)/\($0)" }
        }.sorted()
    }

    @Test("Each input imports or is refused with an error, without a crash", arguments: inputs)
    func replay(_ input: String) throws {
        let store = try AppDatabase.inMemory()
        do {
            _ = try store.importEvaluations(
                from: Self.root.appendingPathComponent(input), name: input,
                settings: ImportSettings(today: LocalDate(checked: 2026, 11, 26)))
        } catch is ImportError {
            // A file refused with a message is fine.
        }
        #expect(try store.check().isConsistent)
    }
}
