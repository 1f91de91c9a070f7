#ifndef ARGKB_CSQLITE_SHIM_H
#define ARGKB_CSQLITE_SHIM_H

#include <sqlite3.h>

/// SQLITE_TRANSIENT is a macro over a function-pointer cast that Swift cannot import:
/// it tells SQLite to copy bound text and blobs before sqlite3_bind_* returns.
static inline sqlite3_destructor_type argkb_sqlite_transient(void) {
    return SQLITE_TRANSIENT;
}

/// sqlite3_db_config is variadic; these wrappers expose the switches argkb sets.
static inline int argkb_db_config_int(sqlite3 *db, int op, int value) {
    return sqlite3_db_config(db, op, value, (int *)0);
}

/// sqlite3_config is variadic too: memory statistics on or off. Only before sqlite3_initialize().
static inline int argkb_config_memstatus(int on) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, on);
}

#endif
