public import Foundation

// The module reads workbooks with FoundationXML, which brings CoreFoundation in: `stat` is
// then CoreFoundation's, and `size(of:)` must import it to use its fields.
#if canImport(CoreFoundation)
    import CoreFoundation
#endif

/// The import of evaluation exports: a file read (on two threads, `ReadingPipeline`), checked
/// and flagged (`ImportSession`), and handed to the store as rows (`ImportWriter`).
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
        let size = try Self.size(of: url, name: name)
        return try writeImport(
            file: name, size: size, today: settings.today, bulkBytes: settings.bulkImportBytes,
            content: { try Self.content(of: url, name: name) },
            earlier: { Self.outcome(of: $0, file: name, today: settings.today) }
        ) { writer in
            let session = ImportSession(file: name, settings: settings, writer: writer)
            let hash = try Self.read(url, name: name, size: size, into: session, progress: progress)
            writer.finish()
            var summary = session.summary
            summary.importID = writer.importID
            try writer.record(
                ImportTotals(
                    contentHash: hash, encoding: summary.encoding, delimiter: summary.delimiter,
                    profile: summary.profile, records: summary.records, accepted: summary.accepted,
                    rejected: summary.rejected, flagged: summary.flagged, casesOpened: summary.casesOpened,
                    alreadyKnown: summary.alreadyKnown, warnings: summary.warningCount))
            return .imported(summary)
        }
    }

    /// The earlier import of the very same bytes as `url`, if the register holds one (R6): read
    /// only, so that importing a file again writes nothing at all.
    public func earlierImport(of url: URL, name: String, today: LocalDate) throws -> ImportOutcome? {
        let size = try Self.size(of: url, name: name)
        return try storedImport(size: size) { try Self.content(of: url, name: name) }
            .map { Self.outcome(of: $0, file: name, today: today) }
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
        if let earlier = try earlierImport(of: url, name: name, today: settings.today) { return earlier }
        let size = try Self.size(of: url, name: name)
        let session = ImportSession(file: name, settings: settings, writer: nil)
        _ = try Self.read(url, name: name, size: size, into: session, hashes: false, progress: progress)
        return .checked(session.summary)
    }

    /// What an import of the same bytes found in the register means for this one (R6).
    private static func outcome(of stored: StoredImport, file: String, today: LocalDate) -> ImportOutcome {
        .alreadyImported(file: file, importedOn: stored.importedOn ?? today, importID: stored.id)
    }

    /// The file's hashes and size, to recognise an earlier import of it (R6).
    private static func content(of url: URL, name: String) throws -> (hashes: [String], size: Int) {
        do {
            return try FileHash.ofFile(url)
        } catch {
            throw ImportError.unreadable(file: name, url: url, error: error)
        }
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

    /// Reads the file on a second thread while `session` stores its records on this one, and
    /// completes the session's summary; returns the file's hash (when `hashes`).
    private static func read(
        _ url: URL, name: String, size: Int, into session: ImportSession, hashes: Bool = true,
        progress: ((ImportProgress) -> Void)?
    ) throws -> String {
        switch WorkbookReader.container(of: url) {
        case .zip: return try readWorkbook(url, name: name, size: size, into: session, progress: progress)
        case .compound: throw ImportError.badWorkbook(file: name, problem: .compoundDocument)
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
        let pipeline = ReadingPipeline(
            reader: reader, plan: session.plainPlan, capacity: session.writer == nil ? 12 : 2
        ) { error in
            // The file could not be read to its end (a folder, a share gone away).
            ImportError.unreadable(file: name, url: url, error: error)
        }
        try pipeline.run { batch in
            try session.handle(batch)
            progress?(
                ImportProgress(
                    bytesRead: batch.bytesRead, byteCount: size, records: session.summary.records,
                    flagged: session.summary.flagged))
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
            throw ImportError.badWorkbook(file: name, problem: problem)
        }
        try session.finish()
        guard session.sawHeader else { throw ImportError.empty(file: name) }
        let content = try Self.content(of: url, name: name)
        guard content.size == size else { throw ImportError.changedWhileReading(file: name) }
        session.complete(delimiter: nil)
        session.summary.encoding = "Excel workbook, sheet '\(workbook.sheetName)'"
        session.summary.delimiter = ""
        return content.hashes[0]
    }
}
