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

    /// `clients.csv: 12 clients, 3 account managers, 1 line skipped`
    public var line: String {
        var text = "\(file): \(clients) clients, \(managers) account managers"
        if !problems.isEmpty { text += ", \(problems.count) line\(problems.count == 1 ? "" : "s") skipped" }
        return text
    }
}

/// Which column of a clients file is which.
enum ClientsColumn: CaseIterable {
    case client
    case manager
    case email

    /// Normalised header names (see `HeaderMap.normalise`).
    var names: Set<String> {
        switch self {
        case .client:
            [
                "client", "klant", "clientname", "klantnaam", "organisatie", "organisation", "organization", "bedrijf",
                "company", "opdrachtgever",
            ]
        case .manager:
            [
                "accountmanager", "manager", "accountmanagername", "accountmanagernaam", "naamaccountmanager",
                "managername", "relatiebeheerder",
            ]
        case .email:
            [
                "accountmanageremail", "email", "emailadres", "emailaddress", "manageremail", "emailaccountmanager",
                "accountmanagermail", "mail",
            ]
        }
    }

    /// The canonical name, for messages.
    var canonical: String {
        switch self {
        case .client: "client"
        case .manager: "account_manager"
        case .email: "account_manager_email"
        }
    }
}
