#!/usr/bin/env python3
"""The import's core job as a data person at an academy would write it with DuckDB (PyPI
`duckdb`): read the canonical export, keep every response under a unique response id, and open
one complaint case per new response with a score of 6 or lower, in one DuckDB file.

    python3 peer_duckdb.py FILE DB      prints records=N flagged=F opened=C

One of the benchmark's yardsticks (scripts/bench.py), beside peer.c and peer.py: it knows only
the canonical export and does none of what evalfeedback also does. Scores are read as peer.c
reads them: a whole number from 1 to 10 after trimming spaces, anything else is no score.
"""
import sys

import duckdb

SCHEMA = """
CREATE SEQUENCE IF NOT EXISTS response_ids;
CREATE SEQUENCE IF NOT EXISTS case_ids;
CREATE TABLE IF NOT EXISTS response (
    id BIGINT PRIMARY KEY DEFAULT nextval('response_ids'), response_id VARCHAR NOT NULL UNIQUE,
    submitted_at VARCHAR, training VARCHAR, training_date VARCHAR, trainer VARCHAR, client VARCHAR,
    respondent_name VARCHAR, respondent_email VARCHAR, score_training INTEGER, score_day INTEGER,
    score_facilities INTEGER, score_trainer INTEGER, comment VARCHAR, is_flagged BOOLEAN NOT NULL);
CREATE TABLE IF NOT EXISTS complaint_case (
    id BIGINT PRIMARY KEY DEFAULT nextval('case_ids'), response_id BIGINT NOT NULL, low_scores VARCHAR,
    registered_on VARCHAR NOT NULL, state VARCHAR NOT NULL);
"""


def score(column):
    value = f"TRY_CAST(trim({column}) AS INTEGER)"
    return f"CASE WHEN {value} BETWEEN 1 AND 10 THEN {value} END"


def main():
    path, database = sys.argv[1], sys.argv[2]
    db = duckdb.connect(database)
    db.execute(SCHEMA)
    before = db.execute("SELECT coalesce(max(id), 0) FROM response").fetchone()[0]
    db.execute("BEGIN")
    db.execute(f"""
        CREATE TEMP TABLE export AS
        SELECT response_id, submitted_at, training, training_date, trainer, client, respondent_name,
               respondent_email, {score('score_training')} AS t, {score('score_day')} AS d,
               {score('score_facilities')} AS f, {score('score_trainer')} AS r, comment
        FROM read_csv(?, header = true, all_varchar = true, quote = '"', escape = '"', delim = ',')
    """, [path])
    records = db.execute("SELECT count(*) FROM export").fetchone()[0]
    flagged = db.execute(
        "SELECT count(*) FROM export WHERE t <= 6 OR d <= 6 OR f <= 6 OR r <= 6").fetchone()[0]
    db.execute("""
        INSERT INTO response (response_id, submitted_at, training, training_date, trainer, client,
            respondent_name, respondent_email, score_training, score_day, score_facilities, score_trainer,
            comment, is_flagged)
        SELECT *, coalesce(t <= 6 OR d <= 6 OR f <= 6 OR r <= 6, false) FROM export
        ON CONFLICT DO NOTHING
    """)
    opened = db.execute("""
        INSERT INTO complaint_case (response_id, low_scores, registered_on, state)
        SELECT id, concat_ws(',',
                   CASE WHEN score_training <= 6 THEN 'training=' || score_training END,
                   CASE WHEN score_day <= 6 THEN 'day=' || score_day END,
                   CASE WHEN score_facilities <= 6 THEN 'facilities=' || score_facilities END,
                   CASE WHEN score_trainer <= 6 THEN 'trainer=' || score_trainer END),
               coalesce(nullif(left(submitted_at, 10), ''), strftime(current_date, '%Y-%m-%d')), 'open'
        FROM response WHERE id > ? AND is_flagged
    """, [before]).fetchone()[0]
    db.execute("COMMIT")
    db.close()
    print(f"records={records} flagged={flagged} opened={opened}")


if __name__ == "__main__":
    main()
