import GRDB
import GRDBSQLite

/// A prepared statement bound with `sqlite3_bind_*`, for the import's hot path.
///
/// GRDB's argument lists box every value and build a `String` per text: about 3.6 µs a row,
/// more than SQLite's own work. Here texts are bound straight from the record's bytes
/// (`SQLITE_STATIC`: the bytes must stay put until the statement is reset) or copied from a
/// Swift string. It runs inside a GRDB write transaction only, and keeps GRDB's `Statement`
/// alive while its handle is used.
struct RawStatement {
    private let statement: Statement
    private let db: Database

    init(_ db: Database, sql: String) throws {
        self.db = db
        statement = try db.cachedStatement(sql: sql)
    }

    private var handle: OpaquePointer { statement.sqliteStatement }

    /// Binds `text` as TEXT, or NULL.
    func bind(_ index: Int32, _ text: BoundText) {
        switch text {
        case .null:
            sqlite3_bind_null(handle, index)
        case .bytes(let bytes):
            // An empty text needs a pointer that is not NULL, or SQLite stores NULL.
            let start = UnsafeRawPointer(bytes.isEmpty ? nil : bytes.baseAddress) ?? UnsafeRawPointer(Self.empty)
            sqlite3_bind_text(handle, index, start.assumingMemoryBound(to: CChar.self), Int32(bytes.count), nil)
        }
    }

    /// Binds `bytes` as TEXT, copied: for a statement stepped after the bytes change.
    func bind(_ index: Int32, copying bytes: UnsafeBufferPointer<UInt8>) {
        let start = UnsafeRawPointer(bytes.baseAddress) ?? UnsafeRawPointer(Self.empty)
        sqlite3_bind_text(handle, index, start.assumingMemoryBound(to: CChar.self), Int32(bytes.count), Self.transient)
    }

    /// Binds `text` as TEXT (copied), or NULL when nil.
    func bind(_ index: Int32, _ text: String?) {
        guard let text else {
            sqlite3_bind_null(handle, index)
            return
        }
        // A native string's UTF-8 in place (SQLite copies it), not a C string made for it.
        let bound = text.utf8.withContiguousStorageIfAvailable { utf8 in
            let start = UnsafeRawPointer(utf8.baseAddress) ?? UnsafeRawPointer(Self.empty)
            return sqlite3_bind_text(
                handle, index, start.assumingMemoryBound(to: CChar.self), Int32(utf8.count), Self.transient)
        }
        if bound == nil { sqlite3_bind_text(handle, index, text, -1, Self.transient) }
    }

    /// Binds `bytes` as a BLOB, copied.
    func bind(_ index: Int32, blob bytes: UnsafeRawBufferPointer) {
        sqlite3_bind_blob(
            handle, index, bytes.baseAddress ?? UnsafeRawPointer(Self.empty), Int32(bytes.count), Self.transient)
    }

    func bind(_ index: Int32, _ value: Int64) { sqlite3_bind_int64(handle, index, value) }

    /// Binds `value` as INTEGER, or NULL when nil.
    func bind(_ index: Int32, _ value: Int64?) {
        if let value { sqlite3_bind_int64(handle, index, value) } else { sqlite3_bind_null(handle, index) }
    }

    func bind(_ index: Int32, _ value: Bool) { sqlite3_bind_int(handle, index, value ? 1 : 0) }

    /// Binds `value` as REAL, or NULL when nil.
    func bind(_ index: Int32, _ value: Double?) {
        if let value { sqlite3_bind_double(handle, index, value) } else { sqlite3_bind_null(handle, index) }
    }

    /// Runs the statement; its first column's integer when it returns a row, else nil. Resets
    /// it afterwards, so that bound bytes may be reused. Bindings stay: every caller binds
    /// every parameter before each run.
    @discardableResult
    func run() throws -> Int64? {
        defer { sqlite3_reset(handle) }
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return sqlite3_column_int64(handle, 0)
        case SQLITE_DONE: return nil
        case let code: throw failure(code)
        }
    }

    /// Runs the statement; what `read` makes of its first row, or nil when it returns none.
    func read<T>(_ read: (OpaquePointer) -> T) throws -> T? {
        defer { sqlite3_reset(handle) }
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return read(handle)
        case SQLITE_DONE: return nil
        case let code: throw failure(code)
        }
    }

    /// Steps once without resetting: what `read` makes of the next row, or nil at the end.
    /// For a statement walked row by row across calls (`KnownCursor`).
    func stepRow<T>(_ read: (OpaquePointer) -> T) throws -> T? {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return read(handle)
        case SQLITE_DONE: return nil
        case let code:
            defer { sqlite3_reset(handle) }
            throw failure(code)
        }
    }

    /// Resets the statement, keeping its bindings.
    func reset() { sqlite3_reset(handle) }

    private func failure(_ code: Int32) -> DatabaseError {
        DatabaseError(
            resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
            sql: statement.sql)
    }

    /// Runs an INSERT; the new row's number, or nil when it inserted nothing (a conflict it
    /// was told to ignore). Read from the connection directly: GRDB's own accessors check the
    /// calling queue each time.
    func insert() throws -> Int64? {
        try run()
        let connection = db.sqliteConnection
        return sqlite3_changes(connection) == 0 ? nil : sqlite3_last_insert_rowid(connection)
    }

    /// Runs an UPDATE; true when it changed a row.
    func update() throws -> Bool {
        try run()
        return sqlite3_changes(db.sqliteConnection) > 0
    }

    /// SQLite copies what is bound with this destructor value, which Swift does not import.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
    /// A never-freed NUL byte: where an empty text or blob points.
    nonisolated(unsafe) private static let empty: UnsafeMutablePointer<UInt8> = {
        let byte = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        byte.initialize(to: 0)
        return byte
    }()
}

/// A text to bind: bytes in place (a plain record's field, or a string's copy in a
/// `TextArena`), or NULL. Plain values: a row of them is copied without reference counting.
enum BoundText {
    case null
    case bytes(UnsafeBufferPointer<UInt8>)

    /// The text as a string; nil for NULL.
    var string: String? {
        switch self {
        case .null: nil
        case .bytes(let bytes): String(decoding: bytes, as: UTF8.self)
        }
    }
}
