/*
 * The floor the benchmark races (scripts/bench.py): the import's core job as hand-written C.
 * libcsv streams the export in 64 KiB chunks, scores of 6 or lower flag, and SQLite prepared
 * statements store every response (unique response_id) and one case per new flagged response,
 * all in one transaction.
 *
 *   peer parse FILE       libcsv alone: prints records=N flagged=F
 *   peer import FILE DB   prints records=N flagged=F opened=C
 *
 * Build: cc -O2 -o peer peer.c -lcsv -lsqlite3
 *
 * It knows only the canonical export (13 columns in the header's order) and does none of what
 * evalfeedback also does (encodings, header mapping, dates, rejects, deadlines): it is the cost
 * of the bare job, the yardstick, not a second implementation.
 */
#include <csv.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { COLUMNS = 13, FIRST_SCORE = 8, SCORES = 4, CHUNK = 64 * 1024 };

static const char *const dimension[SCORES] = {"training", "day", "facilities", "trainer"};

static const char schema[] =
    "CREATE TABLE IF NOT EXISTS response ("
    " id INTEGER PRIMARY KEY, response_id TEXT NOT NULL UNIQUE, submitted_at TEXT, training TEXT,"
    " training_date TEXT, trainer TEXT, client TEXT, respondent_name TEXT, respondent_email TEXT,"
    " score_training INTEGER, score_day INTEGER, score_facilities INTEGER, score_trainer INTEGER,"
    " comment TEXT, is_flagged INTEGER NOT NULL);"
    "CREATE TABLE IF NOT EXISTS complaint_case ("
    " id INTEGER PRIMARY KEY, response_id INTEGER NOT NULL REFERENCES response(id), low_scores TEXT,"
    " registered_on TEXT NOT NULL, state TEXT NOT NULL);";

struct import {
    /* One record's fields, copied out of libcsv's buffer (valid only during the field callback)
     * into one growing arena, so that they can be bound with SQLITE_STATIC: no copy per bind. */
    char *arena;
    size_t used, capacity;
    size_t start[COLUMNS], length[COLUMNS];
    int score[SCORES]; /* 1..10, or 0 for no score */
    int field;         /* fields seen in the current record */
    int header_done;

    long records, flagged, opened, skipped;

    sqlite3 *db; /* NULL in parse mode */
    sqlite3_stmt *insert_response, *insert_case;
    const char *today; /* registered_on when a response has no submission date */
    int failed;        /* an SQLite error inside a callback; reported after csv_parse returns */
};

/* A score is 1..10 after trimming spaces; empty, `n.v.t.` or anything else is no score (0). */
static int parse_score(const char *bytes, size_t count) {
    while (count > 0 && *bytes == ' ') bytes++, count--;
    while (count > 0 && bytes[count - 1] == ' ') count--;
    if (count == 0 || count > 2) return 0;
    int value = 0;
    for (size_t i = 0; i < count; i++) {
        if (bytes[i] < '0' || bytes[i] > '9') return 0;
        value = value * 10 + (bytes[i] - '0');
    }
    return value >= 1 && value <= 10 ? value : 0;
}

static void on_field(void *bytes, size_t count, void *context) {
    struct import *im = context;
    int column = im->field++;
    if (column >= COLUMNS || !im->header_done) return;
    if (column >= FIRST_SCORE && column < FIRST_SCORE + SCORES)
        im->score[column - FIRST_SCORE] = parse_score(bytes, count);
    if (!im->db) return; /* parse mode needs nothing else */
    if (im->used + count > im->capacity) {
        while (im->used + count > im->capacity) im->capacity *= 2;
        im->arena = realloc(im->arena, im->capacity);
        if (!im->arena) { perror("peer"); exit(1); }
    }
    memcpy(im->arena + im->used, bytes, count);
    im->start[column] = im->used;
    im->length[column] = count;
    im->used += count;
}

static int step(struct import *im, sqlite3_stmt *statement) {
    int rc = sqlite3_step(statement);
    if (rc != SQLITE_DONE) {
        fprintf(stderr, "peer: %s\n", sqlite3_errmsg(im->db));
        im->failed = 1;
    }
    sqlite3_reset(statement);
    return rc == SQLITE_DONE;
}

static void store(struct import *im, int is_flagged) {
    sqlite3_stmt *s = im->insert_response;
    for (int column = 0; column < COLUMNS; column++) {
        int parameter = column + 1;
        if (column >= FIRST_SCORE && column < FIRST_SCORE + SCORES) {
            int score = im->score[column - FIRST_SCORE];
            if (score) sqlite3_bind_int(s, parameter, score);
            else sqlite3_bind_null(s, parameter);
        } else {
            /* An empty field is '' (the arena pointer is never NULL, which would bind NULL). */
            sqlite3_bind_text(s, parameter, im->arena + im->start[column], (int)im->length[column],
                              SQLITE_STATIC);
        }
    }
    sqlite3_bind_int(s, COLUMNS + 1, is_flagged);
    if (!step(im, s)) return;
    /* ON CONFLICT DO NOTHING: no change means the response was known, and it opens no case. */
    if (sqlite3_changes(im->db) == 0 || !is_flagged) return;

    char low_scores[64];
    size_t written = 0;
    for (int d = 0; d < SCORES; d++)
        if (im->score[d] && im->score[d] <= 6)
            written += snprintf(low_scores + written, sizeof low_scores - written, "%s%s=%d",
                                written ? "," : "", dimension[d], im->score[d]);
    /* Registered on the day the client submitted (the date part of submitted_at). */
    const char *submitted = im->arena + im->start[1];
    int has_date = im->length[1] >= 10;

    sqlite3_stmt *c = im->insert_case;
    sqlite3_bind_int64(c, 1, sqlite3_last_insert_rowid(im->db));
    sqlite3_bind_text(c, 2, low_scores, (int)written, SQLITE_STATIC);
    sqlite3_bind_text(c, 3, has_date ? submitted : im->today, 10, SQLITE_STATIC);
    if (step(im, c)) im->opened++;
}

static void on_record(int terminator, void *context) {
    (void)terminator;
    struct import *im = context;
    int fields = im->field;
    im->field = 0;
    im->used = 0;
    if (!im->header_done) {
        im->header_done = 1;
        return;
    }
    im->records++;
    if (fields != COLUMNS) { /* a shifted record: its scores cannot be trusted */
        im->skipped++;
        memset(im->score, 0, sizeof im->score);
        return;
    }
    int is_flagged = 0;
    for (int d = 0; d < SCORES; d++) is_flagged |= im->score[d] && im->score[d] <= 6;
    im->flagged += is_flagged;
    if (im->db && !im->failed) store(im, is_flagged);
    memset(im->score, 0, sizeof im->score);
}

static void exec_or_die(sqlite3 *db, const char *sql) {
    char *message = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &message) != SQLITE_OK) {
        fprintf(stderr, "peer: %s: %s\n", sql, message);
        exit(1);
    }
}

static sqlite3_stmt *prepare_or_die(sqlite3 *db, const char *sql) {
    sqlite3_stmt *statement;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, NULL) != SQLITE_OK) {
        fprintf(stderr, "peer: %s\n", sqlite3_errmsg(db));
        exit(1);
    }
    return statement;
}

static void open_database(struct import *im, const char *path) {
    /* One thread: SQLite's own mutexes would only cost (GRDB opens its connections so too). */
    if (sqlite3_open_v2(path, &im->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        NULL) != SQLITE_OK) {
        fprintf(stderr, "peer: %s: %s\n", path, sqlite3_errmsg(im->db));
        exit(1);
    }
    /* What evalfeedback uses, so that both pay for the same durability. */
    exec_or_die(im->db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL");
    exec_or_die(im->db, schema);
    im->insert_response = prepare_or_die(im->db,
        "INSERT INTO response(response_id, submitted_at, training, training_date, trainer, client,"
        " respondent_name, respondent_email, score_training, score_day, score_facilities,"
        " score_trainer, comment, is_flagged) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
        " ON CONFLICT(response_id) DO NOTHING");
    im->insert_case = prepare_or_die(im->db,
        "INSERT INTO complaint_case(response_id, low_scores, registered_on, state)"
        " VALUES (?, ?, ?, 'open')");
    static char today[11];
    time_t now = time(NULL);
    strftime(today, sizeof today, "%Y-%m-%d", localtime(&now));
    im->today = today;
}

int main(int argc, char **argv) {
    int importing = argc == 4 && strcmp(argv[1], "import") == 0;
    if (!importing && !(argc == 3 && strcmp(argv[1], "parse") == 0)) {
        fprintf(stderr, "usage: peer parse FILE | peer import FILE DB\n");
        return 2;
    }
    FILE *file = fopen(argv[2], "rb");
    if (!file) { perror(argv[2]); return 1; }

    struct import im = {0};
    im.capacity = 4096;
    im.arena = malloc(im.capacity);
    if (!im.arena) { perror("peer"); return 1; }
    if (importing) {
        open_database(&im, argv[3]);
        exec_or_die(im.db, "BEGIN");
    }

    struct csv_parser parser;
    if (csv_init(&parser, 0) != 0) { fprintf(stderr, "peer: csv_init failed\n"); return 1; }
    static char chunk[CHUNK];
    size_t count;
    while ((count = fread(chunk, 1, sizeof chunk, file)) > 0) {
        if (csv_parse(&parser, chunk, count, on_field, on_record, &im) != count) {
            fprintf(stderr, "peer: %s\n", csv_strerror(csv_error(&parser)));
            return 1;
        }
        if (im.failed) return 1; /* the transaction is rolled back when the connection closes */
    }
    if (ferror(file)) { perror(argv[2]); return 1; }
    csv_fini(&parser, on_field, on_record, &im);
    csv_free(&parser);
    fclose(file);
    if (im.failed) return 1;

    if (importing) {
        exec_or_die(im.db, "COMMIT");
        sqlite3_finalize(im.insert_response);
        sqlite3_finalize(im.insert_case);
        sqlite3_close(im.db);
        printf("records=%ld flagged=%ld opened=%ld\n", im.records, im.flagged, im.opened);
    } else {
        printf("records=%ld flagged=%ld\n", im.records, im.flagged);
    }
    if (im.skipped) fprintf(stderr, "peer: %ld records without %d fields skipped\n", im.skipped, COLUMNS);
    free(im.arena);
    return 0;
}
