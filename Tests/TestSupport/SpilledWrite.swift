/// A write that, as a big import's does, no longer fits in the page cache and goes to disk
/// before its commit: under a rollback journal that locked every reader out until the commit.
/// The tests of readers beside a writer run it in an open transaction.
public enum SpilledWrite {
    /// The summary every case has once `statements` ran, seen by no reader before the commit.
    public static let summary = "half geschreven"

    /// Changes every case's summary to `summary`, then writes 2 MB more than a one-page cache holds.
    public static let statements = """
        PRAGMA cache_size = 1;
        UPDATE complaint_case SET summary = '\(summary)';
        CREATE TABLE vulling AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
        SELECT randomblob(1000) AS b FROM n
        """
}
