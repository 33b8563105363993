/// A counting semaphore for async callers: `take()` waits, without blocking a thread, until
/// one of `count` slots is free; `give()` frees it, first come, first served.
actor Slots {
    private var free: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(count: Int) { free = count }

    /// Waits for a free slot and takes it.
    func take() async {
        if free > 0 {
            free -= 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    /// Frees a slot: hands it to the longest waiting caller, if any.
    func give() {
        if !waiting.isEmpty {
            waiting.removeFirst().resume()
        } else {
            free += 1
        }
    }
}
