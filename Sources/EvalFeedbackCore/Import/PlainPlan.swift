/// How the reading thread reads plain records ahead of the importing thread.
///
/// The importing thread decides whether a file's records may be read plainly (after its header
/// and first records) and publishes the layout here; from then on the reading thread reads each
/// record of a batch with it before handing the batch over, so that the importing thread,
/// which also does all of SQLite's work, only stores. Until a layout is published (and in a dry
/// run, whose importing thread has little else to do) batches go over unread.
final class PlainPlan: Sendable {
    private struct Published: Sendable {
        let layout: PlainLayout
        let utf8: Bool
        let trailingDelimiter: Bool
    }

    private let published = Notice<Published>()

    /// Publishes how records are read plainly. `utf8` says the file is known to be UTF-8 (its
    /// encoding, once known, never changes); without it a record with non-ASCII text is left
    /// to the general reading.
    func publish(_ layout: PlainLayout, utf8: Bool, trailingDelimiter: Bool) {
        published.publish(Published(layout: layout, utf8: utf8, trailingDelimiter: trailingDelimiter))
    }

    /// True when what is published assumes UTF-8.
    var assumesUTF8: Bool { published.value?.utf8 ?? false }

    /// Reads every record of `batch` that has no problem, when a layout is published.
    func readAhead(_ batch: inout RecordBatch) {
        guard let plan = published.value else { return }
        var records: [PlainRecord?] = []
        records.reserveCapacity(batch.entries.count)
        batch.bytes.withUnsafeBufferPointer { bytes in
            batch.fieldEnds.withUnsafeBufferPointer { ends in
                for entry in batch.entries {
                    records.append(
                        entry.problem == nil
                            ? plan.layout.read(
                                bytes, ends: ends, fields: entry.fields, utf8: plan.utf8,
                                trailingDelimiter: plan.trailingDelimiter)
                            : nil)
                }
            }
        }
        batch.plain = records
    }
}
