#include <sqlite3.h>
#include "CSQLiteSettings.h"

static int settings_result = SQLITE_MISUSE;

__attribute__((constructor)) static void evalfeedback_sqlite_configure(void) {
    int code = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    if (code == SQLITE_OK) code = sqlite3_config(SQLITE_CONFIG_PMASZ, 16);
    settings_result = code;
}

int evalfeedback_sqlite_settings_result(void) {
    return settings_result;
}
