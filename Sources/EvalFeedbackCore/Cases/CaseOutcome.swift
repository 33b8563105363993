/// How a complaint was closed (procedure §3).
public enum CaseOutcome: String, Sendable, Codable, CaseIterable {
    /// Handled to the client's satisfaction.
    case resolved
    /// The academy judged the complaint unfounded.
    case unfounded
}
