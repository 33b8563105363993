/// The independent third party's binding ruling on an appeal (R12).
public enum Ruling: String, Sendable, Codable, CaseIterable {
    /// The appeal was upheld: the academy carries out the consequences.
    case upheld
    /// The appeal was rejected: the case ends.
    case rejected
}
