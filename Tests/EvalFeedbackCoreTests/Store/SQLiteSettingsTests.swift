import GRDB
import GRDBSQLite
import Testing

@testable import EvalFeedbackCore

/// The settings SQLite takes only before its first use in the process (`SQLiteSettings`): made
/// when the program is loaded, so that they hold whichever code opens a database first (here,
/// a test that makes a GRDB queue of its own may run before any register is opened). SQLite
/// cannot say what its sorter's smallest run is; `make bench`'s peak memory of a shuffled
/// import shows that one.
@Suite("SQLite's settings for the process")
struct SQLiteSettingsTests {
    @Test("SQLite took them all, and keeps no statistics of its memory (no lock around each allocation)")
    func taken() throws {
        #expect(SQLiteSettings.taken)
        let register = try AppDatabase.inMemory()
        try withExtendedLifetime(register) {
            try register.writer.write { db in
                try db.execute(sql: "CREATE TABLE t (a TEXT); INSERT INTO t VALUES ('x')")
            }
            #expect(sqlite3_memory_used() == 0, "SQLite counts its memory only with statistics on")
        }
    }
}
