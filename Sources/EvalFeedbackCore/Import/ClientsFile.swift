public import Foundation

/// A clients file read (R15): each usable line's client and account manager, and why any
/// other line was left out. Reading it is the import's work; storing it is the store's.
struct ClientsFile {
    /// The usable lines, in file order.
    private(set) var assignments: [ClientAssignment] = []
    /// What `clients import` reports; `clients` and `managers` count `assignments`.
    private(set) var summary: ClientsFileSummary

    /// Reads the file at `url`, called `name` in messages.
    ///
    /// Throws for a file that cannot be read, is empty, or has no client or manager column.
    init(url: URL, name: String) throws {
        summary = ClientsFileSummary(file: name)
        let reader: CSVReader
        do {
            reader = try CSVReader(url: url)
        } catch {
            throw ImportError.unreadable(file: name, url: url, error: error)
        }
        var columns: [ClientsColumn: Int]?
        var decoder: FieldDecoder?
        do {
            try reader.read(
                onRecord: { record in
                    if record.fields.allSatisfy(\.isEmpty) { return }
                    if decoder == nil { decoder = FieldDecoder(form: reader.encodingForm) }
                    let texts = record.fields.map { (decoder?.decode($0).text ?? "").trimmed }
                    guard let map = columns else {
                        columns = try Self.columns(texts, file: name, line: record.line)
                        return
                    }
                    read(texts, columns: map, file: name, line: record.line)
                },
                onFault: { fault in
                    summary.problems.append("\(name):\(fault.line): \(fault.problem); line skipped")
                })
        } catch let error as CocoaError {
            throw ImportError.unreadable(file: name, url: url, error: error)
        }
        guard columns != nil else { throw ImportError.empty(file: name) }
        summary.clients = assignments.count
        summary.managers = Set(assignments.map { $0.manager.lowercased() }).count
    }

    /// Takes one line, or says why not.
    private mutating func read(_ texts: [String], columns: [ClientsColumn: Int], file name: String, line: Int) {
        func value(_ column: ClientsColumn) -> String? {
            guard let index = columns[column], index < texts.count, !texts[index].isEmpty else { return nil }
            return texts[index]
        }
        guard let client = value(.client), let manager = value(.manager) else {
            summary.problems.append("\(name):\(line): needs both a client and an account manager; line skipped")
            return
        }
        // A line break in a name would split the text list's lines, and a bidirectional
        // override would disguise it: the file is fixed instead.
        for (what, text) in [("account manager", manager), ("client", client)] where text.holdsControlOrDisplayTrick {
            summary.problems.append(
                "\(name):\(line): the \(what)'s name \"\(text.flattenedForTerminal)\" holds a "
                    + "line break or an invisible control character; put it on one line, without "
                    + "them, and import the file again; line skipped")
            return
        }
        // A bad address would make every morning mail and Reply-To to this manager fail; the
        // client and manager still count (R15), without it.
        var email = value(.email)
        if let given = email, MailAddress(address: given) == nil {
            summary.warnings.append(
                "\(name):\(line): account_manager_email '\(MailText.oneLine(given))' is not an "
                    + "email address; stored without it, fix it and import the file again")
            email = nil
        }
        assignments.append(ClientAssignment(client: client, manager: manager, email: email))
    }

    /// Which column is which, from the header.
    private static func columns(_ header: [String], file: String, line: Int) throws -> [ClientsColumn: Int] {
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

extension AppDatabase {
    /// Reads a clients file and stores each client's account manager (R15), all of it or,
    /// when the file cannot be read, nothing.
    public func importClients(from url: URL, name: String) throws -> ClientsFileSummary {
        let file = try ClientsFile(url: url, name: name)
        try save(file.assignments)
        return file.summary
    }
}
