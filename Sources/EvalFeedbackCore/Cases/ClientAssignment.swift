/// One line of a clients file: the client, its account manager and the manager's address (R15).
struct ClientAssignment: Sendable, Equatable {
    /// The client organisation, as the file spells it.
    let client: String
    /// Its account manager.
    let manager: String
    /// The manager's email, when the file gives a usable one.
    let email: String?
}
