#!/usr/bin/env python3
"""The import's core job as the script a user would write (standard library only): read the
canonical export with csv, flag scores of 6 or lower, store every response (unique response_id)
and one complaint case per new flagged response, in one transaction.

    python3 peer.py FILE DB      prints records=N flagged=F opened=C

One of the benchmark's yardsticks (scripts/bench.py), with peer.c: it knows only the canonical
export and does none of what evalfeedback also does.
"""
import csv
import sqlite3
import sys

SCHEMA = """
CREATE TABLE IF NOT EXISTS response (
    id INTEGER PRIMARY KEY, response_id TEXT NOT NULL UNIQUE, submitted_at TEXT, training TEXT,
    training_date TEXT, trainer TEXT, client TEXT, respondent_name TEXT, respondent_email TEXT,
    score_training INTEGER, score_day INTEGER, score_facilities INTEGER, score_trainer INTEGER,
    comment TEXT, is_flagged INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS complaint_case (
    id INTEGER PRIMARY KEY, response_id INTEGER NOT NULL REFERENCES response(id), low_scores TEXT,
    registered_on TEXT NOT NULL, state TEXT NOT NULL);
"""
DIMENSIONS = ("training", "day", "facilities", "trainer")


def score(text):
    """1..10, or None for an empty cell, `n.v.t.` or anything else (int() ignores spaces)."""
    try:
        value = int(text)
    except ValueError:
        return None
    return value if 1 <= value <= 10 else None


def main():
    path, database = sys.argv[1], sys.argv[2]
    connection = sqlite3.connect(database, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.executescript(SCHEMA)
    counts = {"records": 0, "flagged": 0}

    def responses(reader):
        for row in reader:
            counts["records"] += 1
            if len(row) != 13:
                continue  # a shifted record: its scores cannot be trusted
            scores = [score(cell) for cell in row[8:12]]
            flagged = any(s <= 6 for s in scores if s is not None)
            counts["flagged"] += flagged
            yield (*row[:8], *scores, row[12], flagged)

    before = connection.execute("SELECT coalesce(max(id), 0) FROM response").fetchone()[0]
    with open(path, newline="", encoding="utf-8") as export:
        reader = csv.reader(export)
        next(reader)  # the header
        connection.execute("BEGIN")
        connection.executemany(
            "INSERT INTO response (response_id, submitted_at, training, training_date, trainer, client,"
            " respondent_name, respondent_email, score_training, score_day, score_facilities, score_trainer,"
            " comment, is_flagged) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (response_id) DO NOTHING",
            responses(reader))
        # Responses known before opened their case then: only the rows this run added open one.
        rows = connection.execute(
            "SELECT id, submitted_at, score_training, score_day, score_facilities, score_trainer"
            " FROM response WHERE id > ? AND is_flagged", (before,)).fetchall()
        cases = []
        for response_id, submitted_at, *scores in rows:
            low = ",".join(f"{name}={s}" for name, s in zip(DIMENSIONS, scores) if s is not None and s <= 6)
            cases.append((response_id, low, submitted_at[:10] or None))
        connection.executemany(
            "INSERT INTO complaint_case (response_id, low_scores, registered_on, state)"
            " VALUES (?, ?, coalesce(?, date('now')), 'open')", cases)
        connection.execute("COMMIT")
    connection.close()
    print(f"records={counts['records']} flagged={counts['flagged']} opened={len(cases)}")


if __name__ == "__main__":
    main()
