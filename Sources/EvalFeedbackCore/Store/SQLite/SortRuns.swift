import CSQLiteSorting

/// The smallest run SQLite's sorter writes out when a sort outgrows the page cache.
///
/// SQLite's default is 250 pages: 16 MiB with the register's 64 KiB pages, whatever the cache
/// says. A big import builds its indexes of responses after its rows (`DeferredIndexes`) with a
/// 4 MiB cache, and each index's sort still grew a 16 MiB buffer: a shuffled million-row import
/// peaked at 66 MiB against its budget of 64. With 16 pages (1 MiB) the cache decides the run's
/// size again; a sort within its cache (the reports', with 64 MiB) is not touched by it.
enum SortRuns {
    /// True when SQLite took the setting: it must come before the process's first use of
    /// SQLite, so every way of opening a register asks for it first (`AppDatabase`).
    static let set: Bool = evalfeedback_sqlite_sort_run_pages(16) == 0
}
