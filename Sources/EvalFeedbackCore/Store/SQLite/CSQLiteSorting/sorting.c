#include <sqlite3.h>
#include "CSQLiteSorting.h"

int evalfeedback_sqlite_sort_run_pages(unsigned int pages) {
    return sqlite3_config(SQLITE_CONFIG_PMASZ, pages);
}
