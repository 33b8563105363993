import Foundation
import GRDB
import TestSupport

@testable import EvalFeedbackCore

let canonicalHeader =
    "response_id,submitted_at,training,training_date,trainer,client,respondent_name,respondent_email,"
    + "score_training,score_day,score_facilities,score_trainer,comment"

/// A canonical row with sensible defaults; scores as the export writes them.
func row(
    _ id: String, scores: [String] = ["8", "8", "8", "8"], submitted: String = "2026-11-23T16:05:09",
    client: String = "Zorggroep Het Baken", comment: String = ""
) -> String {
    [id, submitted, "Projectmatig werken", "2026-11-23", "Eva Bos", client, "Anna Visser", "anna@example.org"]
        .joined(separator: ",") + "," + scores.joined(separator: ",") + "," + comment
}

extension AppDatabase {
    /// Imports `text` as a file named `name`, as on 2026-11-26 unless told otherwise.
    @discardableResult
    func importText(_ text: String, name: String = "export.csv", today: String = "2026-11-26") throws -> ImportOutcome {
        let file = try TemporaryFile(name: name, text: text)
        let day = try require(LocalDate(today))
        return try importEvaluations(from: file.url, name: name, settings: ImportSettings(today: day))
    }

    /// A register in memory with two cases: R-1's training scored 5 (2026-11-23), R-2's
    /// trainer 4 (2026-11-24).
    static func withTwoCases() throws -> AppDatabase {
        let store = try AppDatabase.inMemory()
        try store.importText(
            [
                canonicalHeader,
                row("R-1", scores: ["5", "8", "8", "8"], submitted: "2026-11-23T10:00:00"),
                row("R-2", scores: ["8", "8", "8", "4"], submitted: "2026-11-24T10:00:00"),
            ].joined(separator: "\n"))
        return store
    }

    func count(_ table: String, where condition: String = "1") throws -> Int {
        try withConnection { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table) WHERE \(condition)") ?? 0 }
    }
}

struct MissingValue: Error {}

/// `#require` for helpers outside a test body.
func require<T>(_ value: T?) throws -> T {
    guard let value else { throw MissingValue() }
    return value
}
