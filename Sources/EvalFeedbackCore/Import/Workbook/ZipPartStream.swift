import Foundation

/// One part of a workbook (`xl/worksheets/sheet1.xml`), decompressed by ZIPFoundation on a
/// thread of its own (`ZipPartSource`) and read as an `InputStream`, so that `XMLParser` pulls
/// the sheet's XML a chunk at a time: a sheet of a million rows is never in memory whole.
///
/// ZIPFoundation hands out a part's bytes to a closure; `XMLParser` pulls them from a stream.
/// Between the two (a `Handover`), at most a few chunks wait. The bytes decompressed are
/// counted against `limit` as they come, whatever the archive's directory claims (a zip bomb
/// lies).
final class ZipPartStream: InputStream {
    /// A chunk of the part, and how many of its packed bytes were read when it was made.
    private struct Chunk {
        let data: Data
        let packedRead: Int
    }

    private static let depth = 4
    private let source: ZipPartSource
    private let limit: Int
    private let chunks = Handover<Chunk>(capacity: ZipPartStream.depth)
    private var current = Data()
    private var offset = 0
    private var packedRead = 0
    private var started = false

    /// How far the part has been read: its packed bytes read so far, and in all.
    var progress: (read: Int, of: Int) { (packedRead, Int(clamping: source.packedSize)) }

    /// Why the part could not be read to its end: a damaged archive, or more bytes than the limit.
    var failure: WorkbookProblem? { chunks.error as? WorkbookProblem }

    /// A stream of the part `source`; reading stops with `failure` past `limit` bytes.
    init(source: ZipPartSource, limit: Int) {
        self.source = source
        self.limit = limit
        super.init(data: Data())
    }

    override func open() {
        guard !started else { return }
        started = true
        chunks.startThread { [source, limit, chunks] in
            var produced = 0
            var packed = 0
            do {
                try source.unpack(packed: { packed += $0 }) { data in
                    produced += data.count
                    if produced > limit { throw WorkbookProblem.tooLarge(part: source.path, limit: limit) }
                    guard chunks.put(Chunk(data: data, packedRead: packed)) else { throw CancellationError() }
                }
            } catch let error as CancellationError {
                throw error
            } catch let problem as WorkbookProblem {
                throw problem
            } catch {
                throw WorkbookProblem.damaged(part: source.path, damage: .other("\(error)"))
            }
        }
    }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength: Int) -> Int {
        if offset == current.count {
            // A failure ends the stream as its end would: `XMLParser` asks nothing more of a
            // stream it reads (its own error for -1 traps), and the reader checks `failure`.
            guard failure == nil, let next = try? chunks.take() else { return 0 }
            current = next.data
            packedRead = next.packedRead
            offset = 0
        }
        let count = min(maxLength, current.count - offset)
        current.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress else { return }
            buffer.update(from: base.advanced(by: offset).assumingMemoryBound(to: UInt8.self), count: count)
        }
        offset += count
        return count
    }

    override var streamError: (any Error)? { failure }

    override var streamStatus: Stream.Status {
        if failure != nil { return .error }
        return offset < current.count || !chunks.isDrained ? .open : .atEnd
    }

    override var hasBytesAvailable: Bool { offset < current.count || !chunks.isDrained }

    /// Stops the decompressing thread, if it still runs, and waits for it: the archive is then
    /// free for the next part.
    override func close() {
        guard started else { return }
        started = false
        chunks.stop()
    }

    /// A parse that stopped early (a bad cell) must not leave the thread waiting.
    deinit { close() }
}
