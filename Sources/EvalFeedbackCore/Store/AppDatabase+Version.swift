import GRDB

extension AppDatabase {
    /// A number that changes whenever a commit to the register is made by any other connection
    /// (this process's writes, the CLI's, the nightly job's, an import's): SQLite's
    /// `PRAGMA data_version` of a connection that does nothing else. The server keeps a page
    /// made for one number and shows it again only while the number is the same, so a page
    /// never shows a state older than the last commit (issue 23). Read it before the page's
    /// data: the data is then at least as new as the number says.
    ///
    /// Nil for a register opened without a pool of readers (the CLI, tests in memory): there
    /// is nothing to keep pages for.
    public func committedVersion() throws -> Int64? {
        try watcher?.read { db in try Int64.fetchOne(db.cachedStatement(sql: "PRAGMA data_version")) }
    }

    /// The watcher's connection: it reads one number and writes nothing.
    static var watchingConfiguration: Configuration {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(60)
        configuration.prepareDatabase { db in WriteAheadLog.keepFiles(db) }
        return configuration
    }
}
