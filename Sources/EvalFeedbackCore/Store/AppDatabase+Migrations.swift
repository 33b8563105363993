import Foundation
import GRDB

extension AppDatabase {
    /// The schema's history. Append only: a migration that has shipped is never edited.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE import (
                        id INTEGER PRIMARY KEY,
                        file_name TEXT NOT NULL,
                        content_hash TEXT NOT NULL,
                        byte_count INTEGER NOT NULL,
                        imported_on TEXT NOT NULL,
                        imported_at TEXT NOT NULL,
                        encoding TEXT NOT NULL,
                        delimiter TEXT NOT NULL,
                        record_count INTEGER NOT NULL,
                        accepted_count INTEGER NOT NULL,
                        rejected_count INTEGER NOT NULL,
                        flagged_count INTEGER NOT NULL,
                        opened_count INTEGER NOT NULL,
                        known_count INTEGER NOT NULL,
                        warning_count INTEGER NOT NULL
                    );
                    CREATE INDEX import_by_content ON import(content_hash);

                    CREATE TABLE response (
                        id INTEGER PRIMARY KEY,
                        response_key TEXT NOT NULL UNIQUE,
                        import_id INTEGER NOT NULL REFERENCES import(id),
                        line INTEGER NOT NULL,
                        external_id TEXT,
                        submitted_at TEXT,
                        response_date TEXT NOT NULL,
                        training TEXT,
                        training_date TEXT,
                        trainer TEXT,
                        client TEXT,
                        client_key TEXT,
                        respondent_name TEXT,
                        respondent_email TEXT,
                        score_training REAL,
                        score_day REAL,
                        score_facilities REAL,
                        score_trainer REAL,
                        comment TEXT,
                        is_flagged INTEGER NOT NULL,
                        warnings TEXT
                    );
                    CREATE INDEX response_by_date ON response(response_date);

                    CREATE TABLE client (
                        client_key TEXT PRIMARY KEY,
                        name TEXT NOT NULL,
                        manager_name TEXT NOT NULL,
                        manager_email TEXT
                    );

                    CREATE TABLE complaint_case (
                        id INTEGER PRIMARY KEY,
                        response_id INTEGER UNIQUE REFERENCES response(id),
                        source TEXT NOT NULL,
                        client TEXT,
                        client_key TEXT,
                        contact_name TEXT,
                        contact_email TEXT,
                        training TEXT,
                        trainer TEXT,
                        low_scores TEXT,
                        summary TEXT,
                        registered_on TEXT NOT NULL,
                        contact_due TEXT NOT NULL,
                        resolution_due TEXT NOT NULL,
                        state TEXT NOT NULL,
                        contacted_on TEXT,
                        closed_on TEXT,
                        outcome TEXT
                    );
                    CREATE INDEX case_by_client ON complaint_case(client_key);
                    CREATE INDEX case_by_registration ON complaint_case(registered_on);

                    CREATE TABLE case_event (
                        id INTEGER PRIMARY KEY,
                        case_id INTEGER NOT NULL REFERENCES complaint_case(id),
                        happened_on TEXT NOT NULL,
                        kind TEXT NOT NULL,
                        actor TEXT NOT NULL,
                        note TEXT
                    );
                    CREATE INDEX case_event_by_case ON case_event(case_id);

                    CREATE TABLE reject (
                        id INTEGER PRIMARY KEY,
                        import_id INTEGER NOT NULL REFERENCES import(id),
                        line INTEGER NOT NULL,
                        reason TEXT NOT NULL,
                        raw BLOB NOT NULL
                    );
                    CREATE INDEX reject_by_import ON reject(import_id);
                    """)
        }
        migrator.registerMigration("v2-case-lifecycle") { db in
            try db.execute(
                sql: """
                    ALTER TABLE complaint_case ADD COLUMN assigned_manager TEXT;
                    ALTER TABLE complaint_case ADD COLUMN extension_reason TEXT;
                    ALTER TABLE complaint_case ADD COLUMN extension_expected TEXT;
                    ALTER TABLE complaint_case ADD COLUMN extension_told_on TEXT;
                    ALTER TABLE complaint_case ADD COLUMN extension_late INTEGER NOT NULL DEFAULT 0;
                    ALTER TABLE complaint_case ADD COLUMN extended_late INTEGER NOT NULL DEFAULT 0;
                    ALTER TABLE complaint_case ADD COLUMN resolution TEXT;
                    ALTER TABLE complaint_case ADD COLUMN cause TEXT;
                    ALTER TABLE complaint_case ADD COLUMN client_satisfied TEXT;
                    ALTER TABLE complaint_case ADD COLUMN closing_email_owed INTEGER NOT NULL DEFAULT 0;
                    ALTER TABLE complaint_case ADD COLUMN closing_email_sent_on TEXT;
                    ALTER TABLE complaint_case ADD COLUMN appealed_on TEXT;
                    ALTER TABLE complaint_case ADD COLUMN appeal_third_party TEXT;
                    ALTER TABLE complaint_case ADD COLUMN ruling TEXT;
                    ALTER TABLE complaint_case ADD COLUMN ruled_on TEXT;
                    ALTER TABLE complaint_case ADD COLUMN ruling_text TEXT;
                    ALTER TABLE complaint_case ADD COLUMN consequences_done_on TEXT;
                    ALTER TABLE case_event ADD COLUMN recorded_at TEXT;
                    CREATE INDEX case_by_state ON complaint_case(state);
                    """)
        }
        migrator.registerMigration("v3-survey-tools") { db in
            try db.execute(
                sql: """
                    ALTER TABLE response ADD COLUMN is_complete INTEGER NOT NULL DEFAULT 1;
                    ALTER TABLE response ADD COLUMN form TEXT;
                    ALTER TABLE import ADD COLUMN profile TEXT;
                    """)
        }
        migrator.registerMigration("v4-retention") { db in
            try db.execute(
                sql: """
                    ALTER TABLE complaint_case ADD COLUMN purged_on TEXT;
                    ALTER TABLE response ADD COLUMN purged_on TEXT;
                    CREATE INDEX case_by_closing ON complaint_case(closed_on);
                    """)
        }
        migrator.registerMigration("v5-report-index") { db in
            // Covers every figure the quality report reads from responses, so that a quarter of
            // a million responses is read from the index alone, without a lookup per row.
            try db.execute(
                sql: """
                    CREATE INDEX response_for_reports ON response(
                        response_date, is_flagged, score_training, score_day, score_facilities, score_trainer,
                        training, trainer)
                    """)
        }
        migrator.registerMigration("v6-one-date-index") { db in
            // response_for_reports starts with response_date and serves every query by date:
            // a second index on the date alone only cost each import its upkeep.
            try db.execute(sql: "DROP INDEX response_by_date")
        }
        migrator.registerMigration("v7-narrow-date-index") { db in
            // The covering index made an import half again as slow (every response's texts
            // written twice) to spare the quarterly report a lookup per row. Responses are
            // stored in the order they come, so a quarter's rows lie together and the lookups
            // are cheap; the date alone finds them.
            try db.execute(
                sql: """
                    DROP INDEX response_for_reports;
                    CREATE INDEX response_by_date ON response(response_date);
                    """)
        }
        migrator.registerMigration("v8-unused-case-indexes") { db in
            // No query looks cases up by client key (the follow-up list joins the client table
            // on its own key) or by state alone (the list asks for several states or owed
            // steps, which an index on state cannot serve). Every case an import opened still
            // paid for both, the client key's in random order.
            try db.execute(
                sql: """
                    DROP INDEX case_by_client;
                    DROP INDEX case_by_state;
                    """)
        }
        migrator.registerMigration("v9-assigned-managers") { db in
            // Every follow-up list asks which managers cases are assigned to by hand. Only those
            // cases are indexed: an import assigns none, so it pays nothing.
            try db.execute(
                sql: """
                    CREATE INDEX case_by_assigned_manager ON complaint_case(assigned_manager)
                    WHERE assigned_manager IS NOT NULL
                    """)
        }
        migrator.registerMigration("v10-archived-exports") { db in
            // Where the nightly job archived each export, and which import read it, so that the
            // retention purge deletes the archived copy with its responses' personal data (R17).
            try db.execute(
                sql: """
                    CREATE TABLE archived_export (
                        path TEXT PRIMARY KEY NOT NULL,
                        import_id INTEGER NOT NULL REFERENCES import(id),
                        archived_on TEXT NOT NULL
                    );
                    CREATE INDEX archived_export_by_import ON archived_export(import_id);
                    """)
        }
        migrator.registerMigration("v11-missed-deadline") { db in
            // R11's breach kept with the deadline it missed, so that the report judges the
            // procedure by it however often the case is extended again. A case already
            // breached gets the deadline from its history's extensions; without history
            // (purged), R10's four weeks, the deadline the first extension was told against.
            try db.execute(sql: "ALTER TABLE complaint_case ADD COLUMN missed_deadline TEXT")
            try backfillMissedDeadlines(db)
        }
        migrator.registerMigration("v12-letters-sent") { db in
            // Each letter sent to a client (R13): which, when, to whom, and the SHA-256 of the
            // message as it was handed to sendmail, so that the register shows it went out.
            try db.execute(
                sql: """
                    CREATE TABLE letter (
                        id INTEGER PRIMARY KEY,
                        case_id INTEGER NOT NULL REFERENCES complaint_case(id),
                        kind TEXT NOT NULL,
                        sent_on TEXT NOT NULL,
                        recipient TEXT,
                        sha256 TEXT NOT NULL
                    );
                    CREATE INDEX letter_by_case ON letter(case_id);
                    """)
        }
        migrator.registerMigration("v13-language") { db in
            // The respondent's language, where the export gives it (LimeSurvey's startlanguage,
            // Qualtrics' UserLanguage), and a hand-registered case's, as a two-letter code: the
            // language of the case's letters (issue 24). NULL: not known, the config decides.
            try db.execute(
                sql: """
                    ALTER TABLE response ADD COLUMN language TEXT;
                    ALTER TABLE complaint_case ADD COLUMN language TEXT;
                    """)
        }
        migrator.registerMigration("v14-named-key-index") { db in
            // The key's uniqueness (R6) as a named index instead of the column's UNIQUE (an index
            // SQLite makes itself and never lets drop): a big import into a small register drops
            // it and builds it once its rows are in, sorted, instead of inserting a million keys
            // one by one in the export's order (issue 22). The table is rebuilt with the same
            // columns, as SQLite's documentation does it; the stored text of the table keeps the
            // columns later migrations added.
            let table =
                try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'response'")
                ?? ""
            guard table.contains("response_key TEXT NOT NULL UNIQUE"), table.hasPrefix("CREATE TABLE response (")
            else { throw DatabaseError(message: "the response table is not as migration v13 left it") }
            let unkeyed = "CREATE TABLE response_unkeyed (" + table.dropFirst("CREATE TABLE response (".count)
            try db.execute(
                sql: unkeyed.replacingOccurrences(
                    of: "response_key TEXT NOT NULL UNIQUE", with: "response_key TEXT NOT NULL"))
            try db.execute(
                sql: """
                    INSERT INTO response_unkeyed SELECT * FROM response;
                    DROP TABLE response;
                    ALTER TABLE response_unkeyed RENAME TO response;
                    CREATE UNIQUE INDEX response_by_key ON response(response_key);
                    CREATE INDEX response_by_date ON response(response_date);
                    """)
        }
        migrator.registerMigration("v15-web-users") { db in
            // The people who sign in to evalfeedback-server (issue 23): a bcrypt hash, never a
            // password; a name unique in any spelling, because the history records steps by name
            // (R13); the language of their pages; the secret of their calendar feed.
            try db.execute(
                sql: """
                    CREATE TABLE web_user (
                        id INTEGER PRIMARY KEY,
                        login TEXT NOT NULL UNIQUE COLLATE NOCASE,
                        name TEXT NOT NULL,
                        name_key TEXT NOT NULL UNIQUE,
                        role TEXT NOT NULL,
                        manager TEXT,
                        password_hash TEXT NOT NULL,
                        language TEXT NOT NULL,
                        calendar_token TEXT UNIQUE,
                        personal_data INTEGER NOT NULL DEFAULT 0,
                        disabled_on TEXT,
                        created_on TEXT NOT NULL
                    )
                    """)
        }
        migrator.registerMigration("v16-reject-problem") { db in
            // Why each record was rejected, as values (`RejectReason`, JSON), beside the English
            // words in `reason`: a page words it in its reader's language (issue 23). NULL for
            // the rejects of older registers, which are shown with their words.
            try db.execute(sql: "ALTER TABLE reject ADD COLUMN problem TEXT")
        }
        return migrator
    }

    /// Works out `missed_deadline` for the cases stored with a late extension, by replaying
    /// their extensions' history notes (`reason; answer expected yyyy-MM-dd`) in order.
    static func backfillMissedDeadlines(_ db: Database) throws {
        let breached = try Row.fetchAll(
            db, sql: "SELECT id, resolution_due FROM complaint_case WHERE extended_late = 1")
        for row in breached {
            let id: Int64 = row[0]
            guard let fourWeeks = (row[1] as String?).flatMap(LocalDate.init) else { continue }
            var deadline = ResolutionDeadline(fourWeeks: fourWeeks)
            let steps = try Row.fetchAll(
                db, sql: "SELECT happened_on, note FROM case_event WHERE case_id = ? AND kind = 'extended' ORDER BY id",
                arguments: [id])
            for step in steps {
                guard let toldOn = (step[0] as String?).flatMap(LocalDate.init),
                    let expected = (step[1] as String?).flatMap({ LocalDate(String($0.suffix(10))) })
                else { continue }
                deadline = deadline.extended(toldOn: toldOn, expected: expected)
            }
            try db.execute(
                sql: "UPDATE complaint_case SET missed_deadline = ? WHERE id = ?",
                arguments: [(deadline.missed ?? fourWeeks).description, id])
        }
    }
}
