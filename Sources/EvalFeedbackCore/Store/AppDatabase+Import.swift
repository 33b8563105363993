public import Foundation
import GRDB

extension AppDatabase {
    /// Imports one evaluation export, all of it or nothing (one transaction).
    ///
    /// The same bytes imported twice change nothing (R6): the file's hash is checked first.
    /// A cumulative export that repeats earlier responses stores and flags only the new ones.
    public func importEvaluations(from url: URL, name: String, settings: ImportSettings) throws -> ImportOutcome {
        let outcome = try importFile(from: url, name: name, settings: settings)
        // A big import leaves its pages in the write-ahead log; copying them into the database
        // now keeps the reports that follow from reading through the log (best effort: a
        // reader still busy just leaves it for later).
        if case .imported = outcome { _ = try? writer.writeWithoutTransaction { try $0.checkpoint(.truncate) } }
        return outcome
    }

    private func importFile(from url: URL, name: String, settings: ImportSettings) throws -> ImportOutcome {
        let content: (hash: String, size: Int)
        do {
            content = try ContentHash.ofFile(url)
        } catch {
            throw ImportError.unreadable(file: name, url: url, error: error)
        }
        return try writer.write { db in
            if let earlier = try Row.fetchOne(
                db, sql: "SELECT id, imported_on FROM import WHERE content_hash = ? AND byte_count = ?",
                arguments: [content.hash, content.size])
            {
                return .alreadyImported(
                    file: name, importedOn: LocalDate(earlier["imported_on"] as String) ?? settings.today,
                    importID: earlier["id"])
            }
            try db.execute(
                sql: """
                    INSERT INTO import (file_name, content_hash, byte_count, imported_on, imported_at, encoding,
                        delimiter, record_count, accepted_count, rejected_count, flagged_count, opened_count,
                        known_count, warning_count)
                    VALUES (?, ?, ?, ?, ?, '', '', 0, 0, 0, 0, 0, 0, 0)
                    """,
                arguments: [name, content.hash, content.size, settings.today.description, Date().ISO8601Format()])
            let importID = db.lastInsertedRowID
            let reader: CSVReader
            do {
                reader = try CSVReader(url: url)
            } catch {
                throw ImportError.unreadable(file: name, url: url, error: error)
            }
            let session = ImportSession(
                file: name, settings: settings, writer: try ImportWriter(db: db, importID: importID), reader: reader)
            try reader.read(onRecord: session.handle, onFault: session.handle)
            try session.finish()
            guard session.sawHeader else { throw ImportError.empty(file: name) }
            // A file still being written would be imported in part: nothing of it is kept.
            let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size]) as? Int
            guard size == content.size else { throw ImportError.changedWhileReading(file: name) }
            var summary = session.summary
            summary.encoding = session.encoding
            summary.delimiter = reader.delimiter.map { $0 == 0x09 ? "tab" : String(UnicodeScalar($0)) } ?? ","
            summary.profile = session.profile.rawValue
            try db.execute(
                sql: """
                    UPDATE import SET encoding = ?, delimiter = ?, record_count = ?, accepted_count = ?,
                        rejected_count = ?, flagged_count = ?, opened_count = ?, known_count = ?, warning_count = ?,
                        profile = ?
                    WHERE id = ?
                    """,
                arguments: [
                    summary.encoding, summary.delimiter, summary.records, summary.accepted, summary.rejected,
                    summary.flagged, summary.casesOpened, summary.alreadyKnown, summary.warningCount,
                    session.profile.rawValue, importID,
                ])
            return .imported(summary)
        }
    }
}
