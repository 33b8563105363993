/// A file read on its own thread while the calling thread handles its batches, so that
/// parsing and storing overlap on two cores; the batches go over through a `Handover`.
///
/// At most `capacity` batches wait, which keeps memory flat when handling is the slower side.
/// A reader that fails ends the queue with its error, which `run` then throws after the
/// batches read before it; a handler that fails stops the queue, after which the reading
/// thread stops at its next batch. `run` returns only once the reading thread has ended, so
/// that the reader is the caller's again.
///
/// `@unchecked Sendable`: the reader is used by the reading thread alone from the start of
/// `run` until that thread has ended, and by the calling thread only after that.
final class ReadingPipeline: @unchecked Sendable {
    private let reader: CSVReader
    private let plan: PlainPlan
    private let batches: Handover<RecordBatch>
    private let unreadable: @Sendable (any Error) -> ImportError

    /// A pipeline that reads with `reader`, reading plain records ahead with `plan` while the
    /// handler is behind; `unreadable` says what a failure to read the file means.
    init(
        reader: CSVReader, plan: PlainPlan, capacity: Int,
        unreadable: @escaping @Sendable (any Error) -> ImportError
    ) {
        self.reader = reader
        self.plan = plan
        self.batches = Handover(capacity: capacity)
        self.unreadable = unreadable
        // Segments are read on other threads only while the handler keeps up: while half the
        // queue waits for it (storing, a single batch), reading on the reading thread alone
        // is enough, and more reading threads would take the handler's core. Sharing until
        // the queue was full cost a cumulative import 9% and did not speed up a fresh one
        // (paired runs, docs/performance.md).
        let sharedBelow = max(1, capacity / 2)
        reader.shareReading = { [batches] in batches.count < sharedBelow }
    }

    /// Reads the file, handing each batch to `handle` on this thread, in file order.
    func run(_ handle: (RecordBatch) throws -> Void) throws {
        batches.startThread(stackSize: 8 << 20) { [self] in
            do {
                try reader.read { [self] batch in
                    var batch = batch
                    // Only while the handler is behind (storing a fresh file): when it waits
                    // for batches (a cumulative one, mostly known), reading is the slower side
                    // and reads nothing ahead.
                    if batches.count > 0 { plan.readAhead(&batch) }
                    guard batches.put(batch) else { throw CancellationError() }
                }
            } catch let error as CancellationError {
                throw error  // the handler stopped first, with its own error
            } catch {
                throw unreadable(error)
            }
        }
        defer { batches.stop() }
        while let batch = try batches.take() { try handle(batch) }
    }
}
