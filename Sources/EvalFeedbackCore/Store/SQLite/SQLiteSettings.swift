import CSQLiteSettings

/// How SQLite works in this process: set when the program is loaded, before any first use,
/// the only time SQLite takes them (`CSQLiteSettings.h`).
///
/// - **No lock per allocation.** SQLite as Debian builds it keeps statistics of its memory,
///   under a lock that every allocation and every free takes, process-wide; nothing here reads
///   them. Built without lookaside memory, it allocates for much of what a statement does: the
///   lock took 1.5% of a million-row import's CPU time, all of it on the storing thread
///   (`perf`, docs/performance.md). (Connections take no lock of their own: GRDB opens them in
///   multi-thread mode, one thread at a time.)
/// - **Sorter runs sized by the cache.** SQLite's smallest sorter run is 250 pages by default:
///   16 MiB with the register's 64 KiB pages, whatever the cache says. A big import builds its
///   indexes of responses after its rows (`DeferredIndexes`) with a 4 MiB cache, and each
///   index's sort still grew a 16 MiB buffer: a shuffled million-row import peaked at 66 MiB
///   against its budget of 64. With 16 pages (1 MiB) the cache decides the run's size again; a
///   sort within its cache (the reports', with 64 MiB) is not touched by it.
enum SQLiteSettings {
    /// True when SQLite took every setting (`SQLiteSettingsTests`; the program goes on without
    /// them, slower, as it did before they were made).
    static var taken: Bool { evalfeedback_sqlite_settings_result() == 0 }
}
