import GRDB
import Testing

@testable import EvalFeedbackCore

/// The reads name each dimension's score column after the dimension (`Dimension.scoreColumn`):
/// a new dimension fails here until a migration adds its column.
@Suite("The register's schema")
struct SchemaTests {
    @Test("R1: every dimension has its score column in the response table, a number")
    func scoreColumns() throws {
        let store = try AppDatabase.inMemory()
        let columns = try store.withConnection { db in try db.columns(in: "response") }
        for dimension in Dimension.allCases {
            let column = columns.first { $0.name == dimension.scoreColumn }
            #expect(column?.type == "REAL", "\(dimension.scoreColumn)")
        }
    }
}
