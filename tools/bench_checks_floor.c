// The floor for the checks benchmark (docs/benchmarks.md, "Checks"): reads every column of
// every row the store reads to build each delegation, with SQLite's C interface and nothing
// else. Usage: bench_checks_floor DATABASE STATEMENT... (each statement takes the delegation id
// as its one parameter; tripwright-bench passes the store's statements). Prints the wall and
// CPU seconds of the reading (from opening the file to the last row), the rows and the bytes.
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double seconds(clockid_t clock) {
    struct timespec t;
    clock_gettime(clock, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: %s DATABASE STATEMENT...\n", argv[0]);
        return 2;
    }
    double wall0 = seconds(CLOCK_MONOTONIC), cpu0 = seconds(CLOCK_PROCESS_CPUTIME_ID);
    sqlite3 *db = NULL;
    if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
        fprintf(stderr, "cannot open %s: %s\n", argv[1], sqlite3_errmsg(db));
        return 1;
    }
    int count = argc - 2;
    sqlite3_stmt **statements = calloc((size_t)count, sizeof *statements);
    sqlite3_stmt *ids = NULL;
    if (statements == NULL || sqlite3_prepare_v2(db, "SELECT id FROM delegation ORDER BY id", -1, &ids, NULL) != SQLITE_OK) {
        fprintf(stderr, "%s\n", sqlite3_errmsg(db));
        return 1;
    }
    for (int k = 0; k < count; k++) {
        if (sqlite3_prepare_v2(db, argv[k + 2], -1, &statements[k], NULL) != SQLITE_OK) {
            fprintf(stderr, "%s: %s\n", argv[k + 2], sqlite3_errmsg(db));
            return 1;
        }
    }
    long rows = 0, bytes = 0;
    sqlite3_exec(db, "BEGIN", NULL, NULL, NULL);
    while (sqlite3_step(ids) == SQLITE_ROW) {
        const unsigned char *id = sqlite3_column_text(ids, 0);
        int length = sqlite3_column_bytes(ids, 0);
        for (int k = 0; k < count; k++) {
            sqlite3_stmt *s = statements[k];
            sqlite3_bind_text(s, 1, (const char *)id, length, SQLITE_TRANSIENT);
            while (sqlite3_step(s) == SQLITE_ROW) {
                rows++;
                int columns = sqlite3_column_count(s);
                for (int c = 0; c < columns; c++) {
                    switch (sqlite3_column_type(s, c)) {
                    case SQLITE_INTEGER: bytes += 8 + (sqlite3_column_int64(s, c) & 1); break;
                    case SQLITE_FLOAT: bytes += 8 + (sqlite3_column_double(s, c) < 0); break;
                    case SQLITE_TEXT: sqlite3_column_text(s, c); bytes += sqlite3_column_bytes(s, c); break;
                    case SQLITE_BLOB: sqlite3_column_blob(s, c); bytes += sqlite3_column_bytes(s, c); break;
                    default: break;
                    }
                }
            }
            sqlite3_reset(s);
        }
    }
    sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);
    for (int k = 0; k < count; k++) sqlite3_finalize(statements[k]);
    sqlite3_finalize(ids);
    sqlite3_close(db);
    printf("%.6f %.6f %ld %ld\n", seconds(CLOCK_MONOTONIC) - wall0, seconds(CLOCK_PROCESS_CPUTIME_ID) - cpu0, rows, bytes);
    free(statements);
    return 0;
}
