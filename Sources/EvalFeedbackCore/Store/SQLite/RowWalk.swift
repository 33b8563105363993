import GRDB
import GRDBSQLite

/// Steps through a query's rows on the raw statement, for the report's passes over a quarter
/// of a million responses: GRDB's `Row` boxes every value, which cost more than SQLite's own
/// work.
enum RowWalk {
    /// Runs `sql` with `arguments`, handing each row's raw statement to `body`, whose
    /// column values are valid until it returns.
    static func each(
        _ db: Database, _ sql: String, _ arguments: StatementArguments, _ body: (OpaquePointer) throws -> Void
    ) throws {
        let statement = try db.cachedStatement(sql: sql)
        try statement.setArguments(arguments)
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        while true {
            let code = sqlite3_step(handle)
            guard code == SQLITE_ROW else {
                guard code == SQLITE_DONE else {
                    throw DatabaseError(
                        resultCode: ResultCode(rawValue: code),
                        message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: sql)
                }
                return
            }
            try body(handle)
        }
    }

    /// Column `column` as a score; nil for NULL.
    static func score(_ handle: OpaquePointer, _ column: Int32) -> Double? {
        sqlite3_column_type(handle, column) == SQLITE_NULL ? nil : sqlite3_column_double(handle, column)
    }

    /// The columns of the row a raw statement is on, read in place.
    struct Columns {
        let handle: OpaquePointer

        /// Column `index`'s text; its bytes stay valid until the row is left.
        func bytes(_ index: Int32) -> UnsafeBufferPointer<UInt8>? {
            guard let bytes = sqlite3_column_text(handle, index) else { return nil }
            return UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(handle, index)))
        }

        func text(_ index: Int32) -> String? {
            bytes(index).map { String(decoding: $0, as: UTF8.self) }
        }

        func integer(_ index: Int32) -> Int64? {
            sqlite3_column_type(handle, index) == SQLITE_NULL ? nil : sqlite3_column_int64(handle, index)
        }
    }
}
