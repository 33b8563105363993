/// A clients file as `clients import` reads it: client, account manager, manager's email (R15).
public struct ClientsFileSummary: Sendable, Equatable {
    /// The file's name.
    public let file: String
    /// Clients stored (added or updated).
    public var clients = 0
    /// Distinct account managers among them.
    public var managers = 0
    /// Lines that could not be used, with the reason, as `file:line: reason`.
    public var problems: [String] = []
    /// Lines used without a bad value (an account manager's email that is no address).
    public var warnings: [String] = []

    /// `clients.csv: 12 clients, 3 account managers, 1 line skipped`
    public var line: String {
        var text = "\(file): \(clients) clients, \(managers) account managers"
        if !problems.isEmpty { text += ", \(problems.count) line\(problems.count == 1 ? "" : "s") skipped" }
        if !warnings.isEmpty { text += ", \(warnings.count) email address\(warnings.count == 1 ? "" : "es") left out" }
        return text
    }
}
