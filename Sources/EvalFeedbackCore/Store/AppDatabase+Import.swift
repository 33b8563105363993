public import Foundation
import GRDB

// The module reads workbooks with FoundationXML, which brings CoreFoundation in: `stat` is
// then CoreFoundation's, and `size(of:)` must import it to use its fields.
#if canImport(CoreFoundation)
    import CoreFoundation
#endif

extension AppDatabase {
    /// Imports one evaluation export, all of it or nothing (one transaction).
    ///
    /// The same bytes imported twice change nothing (R6): a file the size of an earlier import
    /// is hashed first and compared. A cumulative export that repeats earlier responses stores
    /// and flags only the new ones. With `dryRun`, the file is read, checked and counted as an
    /// import would, and nothing is written. `progress` is told after every batch of records.
    public func importEvaluations(
        from url: URL, name: String, settings: ImportSettings, dryRun: Bool = false,
        progress: ((ImportProgress) -> Void)? = nil
    ) throws -> ImportOutcome {
        if dryRun { return try checkFile(from: url, name: name, settings: settings, progress: progress) }
        return try importFile(from: url, name: name, settings: settings, progress: progress)
    }

    private func importFile(
        from url: URL, name: String, settings: ImportSettings, progress: ((ImportProgress) -> Void)?
    ) throws -> ImportOutcome {
        let size = try Self.size(of: url, name: name)
        // The import's memory stays flat whatever the register's size: a 14 MiB page cache and
        // no memory mapping (mapped pages it reads would count as its own). 14, not 16: the
        // workbook reader brought FoundationXML, libxml2 and ICU into every process (about
        // 1.7 MiB), and a million-row import must stay under 64 MiB. Foreign keys are
        // not checked row by row: every row it writes refers to the import, response or case
        // it has just written (`check` verifies them all). All restored after.
        try writer.writeWithoutTransaction {
            try $0.execute(sql: "PRAGMA mmap_size = 0; PRAGMA cache_size = -14336; PRAGMA foreign_keys = OFF")
        }
        defer {
            _ = try? writer.writeWithoutTransaction {
                try $0.execute(sql: Self.readingPragmas + "; PRAGMA foreign_keys = ON")
            }
        }
        return try writer.write { db in
            if let earlier = try Self.earlierImport(of: url, name: name, size: size, db: db, today: settings.today) {
                return earlier
            }
            try db.execute(
                sql: """
                    INSERT INTO import (file_name, content_hash, byte_count, imported_on, imported_at, encoding,
                        delimiter, record_count, accepted_count, rejected_count, flagged_count, opened_count,
                        known_count, warning_count)
                    VALUES (?, '', ?, ?, ?, '', '', 0, 0, 0, 0, 0, 0, 0)
                    """,
                arguments: [name, size, settings.today.description, Date().ISO8601Format()])
            let importID = db.lastInsertedRowID
            let session = ImportSession(
                file: name, settings: settings, writer: try ImportWriter(db: db, importID: importID))
            let hash = try Self.read(url, name: name, size: size, into: session, progress: progress)
            session.writer?.finish()
            var summary = session.summary
            summary.importID = importID
            try db.execute(
                sql: """
                    UPDATE import SET content_hash = ?, encoding = ?, delimiter = ?, record_count = ?,
                        accepted_count = ?, rejected_count = ?, flagged_count = ?, opened_count = ?, known_count = ?,
                        warning_count = ?, profile = ?
                    WHERE id = ?
                    """,
                arguments: [
                    hash, summary.encoding, summary.delimiter, summary.records, summary.accepted,
                    summary.rejected, summary.flagged, summary.casesOpened, summary.alreadyKnown,
                    summary.warningCount, summary.profile, importID,
                ])
            return .imported(summary)
        }
    }

    /// The earlier import of the very same bytes as `url`, if the register holds one (R6): read
    /// only, so that importing a file again writes nothing at all.
    public func earlierImport(of url: URL, name: String, today: LocalDate) throws -> ImportOutcome? {
        let size = try Self.size(of: url, name: name)
        return try writer.read { db in try Self.earlierImport(of: url, name: name, size: size, db: db, today: today) }
    }

    /// What `inspect` says about a file: an import of it into this register (give it one in
    /// memory), or, when the file has no score columns to import, a reading of it all the same,
    /// with `notImportable` saying why. So that a file from a known tool is described even when
    /// it holds no rating question; `import` still refuses it.
    public func inspectEvaluations(from url: URL, name: String, settings: ImportSettings) throws -> ImportOutcome {
        do {
            return try importEvaluations(from: url, name: name, settings: settings)
        } catch ImportError.missingColumns {
            let size = try Self.size(of: url, name: name)
            let session = ImportSession(file: name, settings: settings, writer: nil, inspecting: true)
            _ = try Self.read(url, name: name, size: size, into: session, hashes: false, progress: nil)
            return .checked(session.summary)
        }
    }

    /// Reads and checks a file as an import would, writing nothing: a dry run.
    private func checkFile(
        from url: URL, name: String, settings: ImportSettings, progress: ((ImportProgress) -> Void)?
    ) throws -> ImportOutcome {
        let size = try Self.size(of: url, name: name)
        if let earlier = try writer.read({ db in
            try Self.earlierImport(of: url, name: name, size: size, db: db, today: settings.today)
        }) {
            return earlier
        }
        let session = ImportSession(file: name, settings: settings, writer: nil)
        _ = try Self.read(url, name: name, size: size, into: session, hashes: false, progress: progress)
        return .checked(session.summary)
    }

    /// The size of the file `url` names, following a link (`stat`): the nightly job hands over
    /// the descriptor it opened as `/proc/self/fd/N`, whose own size is not the file's.
    private static func size(of url: URL, name: String) throws -> Int {
        var status = stat()
        guard stat(url.path, &status) == 0 else {
            throw ImportError.unreadable(
                file: name, url: url, error: POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO))
        }
        return Int(status.st_size)
    }

    /// The earlier import of the very same bytes, if there is one. Only a file the size of an
    /// earlier import is hashed before it is read; any other is hashed as it is read.
    private static func earlierImport(of url: URL, name: String, size: Int, db: Database, today: LocalDate) throws
        -> ImportOutcome?
    {
        guard
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM import WHERE byte_count = ?)", arguments: [size])
                == true
        else { return nil }
        let content: (hashes: [String], size: Int)
        do {
            content = try FileHash.ofFile(url)
        } catch {
            throw ImportError.unreadable(file: name, url: url, error: error)
        }
        guard
            let earlier = try Row.fetchOne(
                db,
                sql: "SELECT id, imported_on FROM import WHERE content_hash IN (?, ?) AND byte_count = ? ORDER BY id",
                arguments: [content.hashes[0], content.hashes[1], content.size])
        else { return nil }
        return .alreadyImported(
            file: name, importedOn: LocalDate(earlier["imported_on"] as String) ?? today, importID: earlier["id"])
    }

    /// Reads the file on a second thread while `session` stores its records on this one, and
    /// completes the session's summary; returns the file's hash (when `hashes`).
    private static func read(
        _ url: URL, name: String, size: Int, into session: ImportSession, hashes: Bool = true,
        progress: ((ImportProgress) -> Void)?
    ) throws -> String {
        switch WorkbookReader.container(of: url) {
        case .zip: return try readWorkbook(url, name: name, size: size, into: session, progress: progress)
        case .compound: throw ImportError.badWorkbook(file: name, problem: WorkbookProblem.compoundDocument.text)
        case .other: break
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(url: url)
        } catch {
            throw ImportError.unreadable(file: name, url: url, error: error)
        }
        reader.hashes = hashes
        reader.recordWidth = session.recordWidth
        // A dry run only checks records, far faster than an import stores them, in bursts that a
        // deeper queue lets the reading threads run through; storing, two batches are enough
        // and memory stays within its budget.
        let queue = BatchQueue(capacity: session.writer == nil ? 12 : 2)
        // Segments are read on other threads while the importing side keeps up; while it is far
        // behind (a fresh import, storing), reading on this thread alone is enough.
        reader.shareReading = { [queue] in !queue.isFull }
        let done = DispatchSemaphore(value: 0)
        let reading = ReadingThread(reader: reader, plan: session.plainPlan, queue: queue, done: done) { error in
            // The file could not be read to its end (a folder, a share gone away).
            ImportError.unreadable(file: name, url: url, error: error)
        }
        reading.start()
        do {
            defer {
                queue.cancel()
                done.wait()
            }
            while let batch = try queue.take() {
                try session.handle(batch)
                progress?(
                    ImportProgress(
                        bytesRead: batch.bytesRead, byteCount: size, records: session.summary.records,
                        flagged: session.summary.flagged))
            }
        }
        // The reading thread has ended: the reader is this thread's again.
        try session.finish()
        guard session.sawHeader else { throw ImportError.empty(file: name) }
        // A file still being written would be imported in part: nothing of it is kept.
        let sizeNow = try? Self.size(of: url, name: name)
        guard reader.bytesRead == size, sizeNow == size else { throw ImportError.changedWhileReading(file: name) }
        session.complete(delimiter: reader.delimiter)
        return reader.contentHash.hex
    }
}

extension AppDatabase {
    /// Reads an Excel workbook's first sheet into `session`, row by row on this thread, and
    /// completes the session's summary; returns the file's hash (R6: the same bytes are the
    /// same import, as for CSV).
    private static func readWorkbook(
        _ url: URL, name: String, size: Int, into session: ImportSession, progress: ((ImportProgress) -> Void)?
    ) throws -> String {
        let workbook: WorkbookReader
        do {
            workbook = try WorkbookReader(url: url)
            session.workbookDates = workbook.dateSystem
            let told = progress.map { progress in
                { (share: Double) in
                    progress(
                        ImportProgress(
                            bytesRead: Int(Double(size) * share), byteCount: size, records: session.summary.records,
                            flagged: session.summary.flagged))
                }
            }
            try workbook.read(progress: told) { try session.handle($0) }
        } catch let problem as WorkbookProblem {
            throw ImportError.badWorkbook(file: name, problem: problem.text)
        }
        try session.finish()
        guard session.sawHeader else { throw ImportError.empty(file: name) }
        let content: (hashes: [String], size: Int)
        do {
            content = try FileHash.ofFile(url)
        } catch {
            throw ImportError.unreadable(file: name, url: url, error: error)
        }
        guard content.size == size else { throw ImportError.changedWhileReading(file: name) }
        session.complete(delimiter: nil)
        session.summary.encoding = "Excel workbook, sheet '\(workbook.sheetName)'"
        session.summary.delimiter = ""
        return content.hashes[0]
    }
}

/// The thread that reads a file into a `BatchQueue` (with the help of others, see `CSVReader`),
/// reading plain records ahead once it may and while the importing thread is the slower side.
///
/// `@unchecked Sendable`: the reader is used by this thread alone from `start()` until `done`
/// is signalled, and by the importing thread only after that.
private final class ReadingThread: @unchecked Sendable {
    private let reader: CSVReader
    private let plan: PlainPlan
    private let queue: BatchQueue
    private let done: DispatchSemaphore
    private let unreadable: @Sendable (any Error) -> ImportError

    init(
        reader: CSVReader, plan: PlainPlan, queue: BatchQueue, done: DispatchSemaphore,
        unreadable: @escaping @Sendable (any Error) -> ImportError
    ) {
        self.reader = reader
        self.plan = plan
        self.queue = queue
        self.done = done
        self.unreadable = unreadable
    }

    func start() {
        let thread = Thread { [self] in
            do {
                try reader.read { [queue, plan] batch in
                    var batch = batch
                    // Only while the importing thread is behind (storing a fresh file): when it
                    // waits for batches (a cumulative one, mostly known), reading is the slower
                    // side and reads nothing ahead.
                    if queue.isBacklogged { plan.readAhead(&batch) }
                    guard queue.put(batch) else { throw CancellationError() }
                }
                queue.end()
            } catch is CancellationError {
                queue.end()  // the importing thread stopped first, with its own error
            } catch {
                queue.end(failure: unreadable(error))
            }
            done.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }
}
