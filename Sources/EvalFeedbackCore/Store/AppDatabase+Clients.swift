import GRDB

extension AppDatabase {
    /// Stores each client's account manager (R15), in one transaction; clients already known
    /// get the manager given. Cases follow their client's manager at once: the link is made
    /// when lists are made, not when cases are opened.
    func save(_ assignments: [ClientAssignment]) throws {
        try writer.write { db in
            let upsert = try db.cachedStatement(
                sql: """
                    INSERT INTO client (client_key, name, manager_name, manager_email) VALUES (?, ?, ?, ?)
                    ON CONFLICT(client_key) DO UPDATE SET name = excluded.name, manager_name = excluded.manager_name,
                        manager_email = excluded.manager_email
                    """)
            for assignment in assignments {
                try upsert.execute(
                    arguments: [
                        ClientKey.of(assignment.client), assignment.client, assignment.manager, assignment.email,
                    ])
            }
        }
    }
}
