import Foundation
import GRDB
import GRDBSQLite

/// Walks the register's responses in key order alongside a cumulative export, whose responses
/// mostly come in the order they were stored: each one expected to be known is found by a
/// step of one open cursor instead of a search from the top of the key index.
///
/// A key the cursor has passed, or one far ahead of it, starts a new search from that key.
/// Any write to the responses ends the walk (`restart`): the next key searches afresh.
final class KnownCursor {
    private let statement: RawStatement
    // Its state is marked `@exclusivity(unchecked)`: one thread steps it, for each of a
    // million responses, and nothing passes it `inout` while it is read; the dynamic checks of
    // exclusive access cost more than the walk's own work.
    /// The key the cursor is on, when `onRow` (else it is past the last one); copied, since
    /// SQLite's bytes last only until the next step, into storage reused from row to row.
    @exclusivity(unchecked) private var current: [UInt8] = []
    @exclusivity(unchecked) private var onRow = false
    @exclusivity(unchecked) private var row: ImportWriter.KnownResponse?
    /// While `walking`, no key lies between this one and `current`: the key a search started
    /// from (itself included, `floorIncluded`), or the row the cursor stepped from.
    @exclusivity(unchecked) private var floor: [UInt8] = []
    @exclusivity(unchecked) private var floorIncluded = false
    @exclusivity(unchecked) private var walking = false
    /// How many steps a key ahead of the cursor may take before it is searched for instead.
    private static let maxSteps = 16

    init(db: Database) throws {
        statement = try RawStatement(
            db,
            sql: """
                SELECT response_key, id, \(Dimension.scoreColumns), is_complete
                FROM response WHERE response_key >= ? ORDER BY response_key
                """)
    }

    /// Ends the walk: the responses changed.
    func restart() {
        guard walking else { return }
        statement.reset()
        walking = false
    }

    /// The response stored under `key`, if there is one.
    func find(_ key: UnsafeBufferPointer<UInt8>) throws -> ImportWriter.KnownResponse? {
        var steps = 0
        while walking {
            let above = Self.compare(key, floor)
            guard above > 0 || (above == 0 && floorIncluded) else { break }  // behind the walk
            guard onRow else { return nil }  // past the last key
            let order = Self.compare(key, current)
            if order == 0 { return row }
            if order < 0 { return nil }  // between two neighbours in the index
            guard steps < Self.maxSteps else { break }
            try step()
            steps += 1
        }
        try seek(key)
        guard onRow, Self.compare(key, current) == 0 else { return nil }
        return row
    }

    private func seek(_ key: UnsafeBufferPointer<UInt8>) throws {
        statement.reset()
        statement.bind(1, copying: key)
        try fetch()
        floor.removeAll(keepingCapacity: true)
        floor.append(contentsOf: key)
        floorIncluded = true
        walking = true
    }

    private func step() throws {
        swap(&floor, &current)
        floorIncluded = false
        try fetch()
    }

    private func fetch() throws {
        onRow =
            try statement.stepRow { handle in
                let bytes = sqlite3_column_blob(handle, 0)?.assumingMemoryBound(to: UInt8.self)
                current.removeAll(keepingCapacity: true)
                current.append(
                    contentsOf: UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(handle, 0))))
                row = ImportWriter.known(handle, from: 1)
                return true
            } ?? false
    }

    /// The order of two keys as the key index sorts them (BINARY: bytes, then length).
    private static func compare(_ left: UnsafeBufferPointer<UInt8>, _ right: [UInt8]) -> Int {
        right.withUnsafeBufferPointer { right in
            let common = min(left.count, right.count)
            if common > 0, let a = left.baseAddress, let b = right.baseAddress {
                let order = memcmp(a, b, common)
                if order != 0 { return Int(order) }
            }
            return left.count - right.count
        }
    }
}
