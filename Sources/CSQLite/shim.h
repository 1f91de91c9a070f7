#ifndef ARGKB_CSQLITE_SHIM_H
#define ARGKB_CSQLITE_SHIM_H

#include <sqlite3.h>
#include <time.h>

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

/// The authorizer of connections that run a user's query (`argkb sql`): functions that reach
/// outside the database are denied. fts3_tokenizer() with one argument returns the address of a
/// tokenizer module (a pointer into the library), and with two installs one from an address.
static int argkb_query_authorizer(void *unused, int action, const char *a, const char *b,
                                  const char *c, const char *d) {
    (void)unused; (void)a; (void)c; (void)d;
    if (action == SQLITE_FUNCTION && b != 0 &&
        (sqlite3_stricmp(b, "fts3_tokenizer") == 0 || sqlite3_stricmp(b, "load_extension") == 0)) {
        return SQLITE_DENY;
    }
    return SQLITE_OK;
}

static inline int argkb_restrict_functions(sqlite3 *db) {
    return sqlite3_set_authorizer(db, argkb_query_authorizer, 0);
}

/// A progress handler that interrupts a statement once CLOCK_MONOTONIC passes *deadline (seconds).
static int argkb_past_deadline(void *deadline) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)now.tv_sec + (double)now.tv_nsec / 1e9 > *(double *)deadline;
}

/// Interrupts the connection's statements after `seconds` from now; `deadline` must outlive them.
static inline void argkb_set_time_limit(sqlite3 *db, double *deadline, double seconds) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    *deadline = (double)now.tv_sec + (double)now.tv_nsec / 1e9 + seconds;
    sqlite3_progress_handler(db, 10000, argkb_past_deadline, deadline);
}

#endif
