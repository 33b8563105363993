/// Where a case stands in the procedure's route (R12).
public enum CaseState: String, Sendable, Codable, CaseIterable {
    /// Registered; the client has not been contacted yet.
    case registered
    /// The account manager has contacted the client.
    case contacted
    /// Closed as resolved or unfounded.
    case closed
}
