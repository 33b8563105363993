/// Whether the client was satisfied with how the complaint was handled: the measure ISO 10002
/// asks for, reported per quarter.
public enum ClientSatisfaction: String, Sendable, Codable, CaseIterable {
    /// The client said so.
    case yes
    /// The client said not.
    case no
    /// Not asked, or no answer.
    case unknown
}
