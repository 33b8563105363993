import Foundation
import TestSupport
import Testing

@testable import EvalFeedbackCore

/// Every input in `Fuzz/corpus` (the seeds), `Fuzz/crashes` (what `make fuzz` once found) and
/// `Fuzz/crashes-reading` (what `make fuzz-reading` once found) goes through the import and
/// the reading again: none may crash or hang, and the reading in segments must agree.
@Suite("Fuzzing's seeds and finds, replayed")
struct FuzzRegressionTests {
    static let root = Repository.root.appendingPathComponent("Fuzz")

    static var inputs: [String] {
        ["corpus", "crashes", "crashes-reading"].flatMap { folder in
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

    @Test("Each input reads the same in one go and in the smallest segments", arguments: inputs)
    func reading(_ input: String) throws {
        _ = try CSVReaderHarness(url: Self.root.appendingPathComponent(input)).runMarked()
    }
}
