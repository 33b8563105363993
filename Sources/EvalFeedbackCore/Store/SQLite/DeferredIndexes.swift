import GRDB
import GRDBSQLite

/// The indexes in the export's order (responses by key, R6, and by report date; cases by the
/// day they were registered) while a big import fills a small register: dropped at its start
/// and built from the stored rows, sorted, when they are needed, instead of taking a million
/// entries one by one in the export's order.
///
/// An export that mixes trainings and collectors is in no order: inserting its keys and dates
/// one by one moved a 64 KiB page in and out of the page cache for nearly every response (a
/// shuffled import took 5.5 times as long as an ordered one). The cases' index by day did the
/// same once it outgrew the cache: at three million responses (360,000 cases) the import read
/// 7.5 GB of pages back, and its time per row grew with the file. An export in order gains
/// nothing from waiting: each index whose values the first rows give in ascending order is
/// built then, and kept up row by row from there, as before.
///
/// While the key index is away, nothing refuses a key stored already (R6). Building it then
/// fails (`RepeatedKey`), and the import starts again with its indexes kept up row by row
/// (`AppDatabase.writeImport`), where SQLite decides as it always does: a big file that
/// repeats a response, or one the register holds, is read twice, and nothing else is.
struct DeferredIndexes {
    /// True while the key index is away.
    private var keys: Bool
    /// True while the date index is away.
    private var dates: Bool
    /// The rows seen, their last key and date, and how many came after one not greater.
    private var seen = 0
    private var lastKey: [UInt8] = []
    private var lastDate: [UInt8] = []
    private var keysInOrder = 0
    private var datesInOrder = 0

    /// How many rows show the export's order: an eighth of the rows the file may hold, at
    /// most 16,384.
    private let sample: Int

    /// Drops the indexes for an import of `size` bytes when the register holds fewer than a
    /// quarter as many responses as the file may (at 140 bytes a response) and the file is
    /// `bulkBytes` or more; nil when they stay.
    init?(db: Database, size: Int, bulkBytes: Int) throws {
        let expected = size / 140
        let highest = try Int.fetchOne(db, sql: "SELECT IFNULL(MAX(id), 0) FROM response") ?? 0
        guard size >= bulkBytes, highest < expected / 4 else { return nil }
        keys = true
        dates = true
        sample = max(16, min(16_384, expected / 8))
        // The page cache mostly appends while the indexes are away: a small one is enough.
        try db.execute(
            sql: """
                PRAGMA cache_size = -4096; DROP INDEX response_by_key; DROP INDEX response_by_date;
                DROP INDEX case_by_registration
                """)
    }

    /// True while the key index is away: nothing can conflict on a key.
    var keysAway: Bool { keys }

    /// True once every index is there again.
    var done: Bool { !keys && !dates }

    /// Notes `row`, about to be stored: counts the first rows' keys and dates that come in
    /// ascending order; at the end of the sample, builds the index of each that mostly did.
    mutating func note(_ row: ResponseRow, db: Database) throws {
        guard seen < sample else { return }
        func follows(_ text: BoundText, _ last: inout [UInt8]) -> Bool {
            guard case .bytes(let bytes) = text else { return false }
            let ascending = !bytes.lexicographicallyPrecedes(last)
            last.removeAll(keepingCapacity: true)
            last.append(contentsOf: bytes)
            return ascending
        }
        if follows(row.key, &lastKey) { keysInOrder += 1 }
        if follows(row.reportDate, &lastDate) { datesInOrder += 1 }
        seen += 1
        guard seen == sample else { return }
        if keysInOrder >= seen * 9 / 10 { try buildKeys(db) }
        if datesInOrder >= seen * 9 / 10 { try buildDates(db) }
    }

    /// Builds the key index (R6) from the rows stored, if it is away; throws `RepeatedKey`
    /// when two of them have the same key.
    mutating func buildKeys(_ db: Database) throws {
        guard keys else { return }
        keys = false
        do {
            try db.execute(sql: "CREATE UNIQUE INDEX response_by_key ON response(response_key)")
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            throw RepeatedKey()
        }
        try restoreCache(db)
    }

    /// Two rows stored while the key index was away have the same key: the import must be
    /// made again with its indexes kept up row by row.
    struct RepeatedKey: Error {}

    /// Builds the indexes by day from the rows stored, if they are away: a case is registered
    /// on its response's day, so both follow the export's order alike.
    private mutating func buildDates(_ db: Database) throws {
        guard dates else { return }
        dates = false
        try db.execute(
            sql: """
                CREATE INDEX response_by_date ON response(response_date);
                CREATE INDEX case_by_registration ON complaint_case(registered_on)
                """)
        try restoreCache(db)
    }

    /// Builds every index still away: once all rows are stored.
    mutating func buildAll(_ db: Database) throws {
        // A small cache while sorting: SQLite's sorter takes as much memory again (`SQLiteSettings`).
        if !done { try db.execute(sql: "PRAGMA cache_size = -4096") }
        try buildKeys(db)
        try buildDates(db)
    }

    /// The import's own page cache again, once the indexes are there to be kept up.
    private func restoreCache(_ db: Database) throws {
        if done { try db.execute(sql: ImportWriter.cachePragma) }
    }
}
