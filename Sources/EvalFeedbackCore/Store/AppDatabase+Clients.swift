public import Foundation
import GRDB

extension AppDatabase {
    /// Stores each client's account manager (R15), in one transaction; clients already known
    /// get the manager the file names. Cases follow their client's manager at once: the link
    /// is made when lists are made, not when cases are opened.
    public func importClients(from url: URL, name: String) throws -> ClientsFileSummary {
        let reader: CSVReader
        do {
            reader = try CSVReader(url: url)
        } catch {
            throw ImportError.unreadable(file: name, url: url, error: error)
        }
        return try writer.write { db in
            var summary = ClientsFileSummary(file: name)
            var columns: [ClientsColumn: Int]?
            var decoder: FieldDecoder?
            var managers: Set<String> = []
            let upsert = try db.cachedStatement(
                sql: """
                    INSERT INTO client (client_key, name, manager_name, manager_email) VALUES (?, ?, ?, ?)
                    ON CONFLICT(client_key) DO UPDATE SET name = excluded.name, manager_name = excluded.manager_name,
                        manager_email = excluded.manager_email
                    """)
            do {
                try reader.read(
                    onRecord: { record in
                        if record.fields.allSatisfy(\.isEmpty) { return }
                        if decoder == nil { decoder = FieldDecoder(form: reader.encodingForm) }
                        let texts = record.fields.map {
                            (decoder?.decode($0).text ?? "").trimmed
                        }
                        guard let map = columns else {
                            columns = try Self.clientsColumns(texts, file: name, line: record.line)
                            return
                        }
                        func value(_ column: ClientsColumn) -> String? {
                            guard let index = map[column], index < texts.count, !texts[index].isEmpty else {
                                return nil
                            }
                            return texts[index]
                        }
                        guard let client = value(.client), let manager = value(.manager) else {
                            summary.problems.append(
                                "\(name):\(record.line): needs both a client and an account manager; line skipped")
                            return
                        }
                        // A line break in a name would split the text list's lines, and a
                        // bidirectional override would disguise it: the file is fixed instead.
                        for (what, text) in [("account manager", manager), ("client", client)]
                        where text.holdsControlOrDisplayTrick {
                            summary.problems.append(
                                "\(name):\(record.line): the \(what)'s name \"\(text.flattenedForTerminal)\" holds a "
                                    + "line break or an invisible control character; put it on one line, without "
                                    + "them, and import the file again; line skipped")
                            return
                        }
                        // A bad address would make every morning mail and Reply-To to this manager
                        // fail; the client and manager still count (R15), without it.
                        var email = value(.email)
                        if let given = email, MailAddress(address: given) == nil {
                            summary.warnings.append(
                                "\(name):\(record.line): account_manager_email '\(MailText.oneLine(given))' is not an "
                                    + "email address; stored without it, fix it and import the file again")
                            email = nil
                        }
                        try upsert.execute(arguments: [ClientKey.of(client), client, manager, email])
                        summary.clients += 1
                        managers.insert(manager.lowercased())
                    },
                    onFault: { fault in
                        summary.problems.append("\(name):\(fault.line): \(fault.reason); line skipped")
                    })
            } catch let error as CocoaError {
                throw ImportError.unreadable(file: name, url: url, error: error)
            }
            guard columns != nil else { throw ImportError.empty(file: name) }
            summary.managers = managers.count
            return summary
        }
    }

    private static func clientsColumns(_ header: [String], file: String, line: Int) throws -> [ClientsColumn: Int] {
        var columns: [ClientsColumn: Int] = [:]
        for (index, name) in header.enumerated() {
            let key = HeaderMap.normalise(name)
            if let column = ClientsColumn.allCases.first(where: { $0.names.contains(key) }), columns[column] == nil {
                columns[column] = index
            }
        }
        let missing = [ClientsColumn.client, .manager].filter { columns[$0] == nil }
        guard missing.isEmpty else {
            throw ImportError.missingColumns(
                file: file, line: line, missing: missing.map(\.canonical),
                expected: ClientsColumn.allCases.map(\.canonical), found: header)
        }
        return columns
    }
}
