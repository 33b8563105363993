#ifndef CSQLITESETTINGS_H
#define CSQLITESETTINGS_H

/// SQLite's result code for the process-wide settings made when the program is loaded, before
/// anything can open a database (SQLITE_OK when it took them all). Why each: SQLiteSettings.swift.
///
/// In C because sqlite3_config is variadic, which Swift cannot call, and because only a
/// load-time constructor comes before every first use of SQLite.
int evalfeedback_sqlite_settings_result(void);

#endif
