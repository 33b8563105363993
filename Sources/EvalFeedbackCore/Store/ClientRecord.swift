import GRDB

/// A client organisation and its account manager as `client` stores them (R15), from the
/// clients file.
struct ClientRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "client"

    /// The table's columns.
    enum Columns {
        /// `ClientKey.of(name)`: the client's name as cases are matched to it.
        static let clientKey = Column(CodingKeys.clientKey)
        static let name = Column(CodingKeys.name)
        static let managerName = Column(CodingKeys.managerName)
        static let managerEmail = Column(CodingKeys.managerEmail)
    }

    enum CodingKeys: String, CodingKey {
        case name
        case clientKey = "client_key"
        case managerName = "manager_name"
        case managerEmail = "manager_email"
    }

    var clientKey: String
    var name: String
    var managerName: String
    var managerEmail: String?

    /// The record of `assignment`'s client.
    init(_ assignment: ClientAssignment) {
        clientKey = ClientKey.of(assignment.client)
        name = assignment.client
        managerName = assignment.manager
        managerEmail = assignment.email
    }

    /// Each manager's name with each address their clients give, the most given first, else
    /// the first filed.
    static func managerAddresses() -> QueryInterfaceRequest<ManagerAddress> {
        select(Columns.managerName, Columns.managerEmail).filter(Columns.managerEmail != nil)
            .group(Columns.managerName, Columns.managerEmail).order(literal: "COUNT(*) DESC, MIN(rowid)")
            .asRequest(of: ManagerAddress.self)
    }

    /// A manager's name and one address their clients give.
    struct ManagerAddress: Decodable, FetchableRecord {
        let managerName: String
        let managerEmail: String

        enum CodingKeys: String, CodingKey {
            case managerName = "manager_name"
            case managerEmail = "manager_email"
        }
    }
}
