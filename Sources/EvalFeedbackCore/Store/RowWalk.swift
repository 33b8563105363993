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

    /// The columns of the row a raw statement is on, as a case is read from them.
    struct Columns: StoredColumns {
        let handle: OpaquePointer

        func text(_ index: Int) -> String? {
            guard let bytes = sqlite3_column_text(handle, Int32(index)) else { return nil }
            let count = Int(sqlite3_column_bytes(handle, Int32(index)))
            return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
        }

        func integer(_ index: Int) -> Int64? {
            sqlite3_column_type(handle, Int32(index)) == SQLITE_NULL ? nil : sqlite3_column_int64(handle, Int32(index))
        }
    }
}

/// A stored row's columns by position: a GRDB row, or a raw statement's (`RowWalk.Columns`).
protocol StoredColumns {
    func text(_ index: Int) -> String?
    func integer(_ index: Int) -> Int64?
}

extension Row: StoredColumns {
    func text(_ index: Int) -> String? { self[index] as String? }
    func integer(_ index: Int) -> Int64? { self[index] as Int64? }
}
