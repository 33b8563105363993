#ifndef CSQLITESETTINGS_H
#define CSQLITESETTINGS_H

/// SQLite's result code for the settings this process made before its first use of SQLite
/// (SQLITE_OK when it took them all). They are made when the program is loaded, before
/// anything can open a database, since SQLite takes them only then:
/// - no memory statistics (SQLITE_CONFIG_MEMSTATUS off): no process-wide lock around each of
///   SQLite's allocations;
/// - a smallest sorter run of 16 pages (SQLITE_CONFIG_PMASZ), so that the page cache decides
///   how much memory an index's sort takes.
///
/// In C because sqlite3_config is variadic, which Swift cannot call, and because only a
/// load-time constructor comes before every first use.
int evalfeedback_sqlite_settings_result(void);

#endif
