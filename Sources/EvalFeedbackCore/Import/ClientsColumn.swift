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
