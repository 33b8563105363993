import GRDB

extension AppDatabase {
    /// Stores each client's account manager (R15), in one transaction; clients already known
    /// get the manager given. Cases follow their client's manager at once: the link is made
    /// when lists are made, not when cases are opened.
    func save(_ assignments: [ClientAssignment]) throws {
        try writer.write { db in
            for assignment in assignments { try ClientRecord(assignment).upsert(db) }
        }
    }
}
