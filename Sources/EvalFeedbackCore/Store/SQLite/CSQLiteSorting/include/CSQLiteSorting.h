#ifndef CSQLITESORTING_H
#define CSQLITESORTING_H

/// Sets the smallest run, in pages, that SQLite's sorter writes out when a sort outgrows the
/// page cache (SQLITE_CONFIG_PMASZ). SQLite takes it only before its first use in the process;
/// returns SQLite's result code (SQLITE_MISUSE after that first use).
///
/// A C function because sqlite3_config is variadic, which Swift cannot call.
int evalfeedback_sqlite_sort_run_pages(unsigned int pages);

#endif
