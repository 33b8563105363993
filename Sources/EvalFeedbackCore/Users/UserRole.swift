/// What a person who signs in to the server may do (R16): the procedure's roles.
public enum UserRole: String, Sendable, Codable, CaseIterable {
    /// An account manager: their own clients' cases (R15, R16).
    case manager
    /// Any other employee: registers complaints (R7) and sees the ones they registered.
    case team
    /// The complaints lead: every case, the unassigned ones included, and assigns them (R15).
    case lead
    /// Reads the register extract and the reports; personal data only where the lead allows it.
    case auditor
}
