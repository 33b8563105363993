/// Where a case stands in the procedure's route (R12).
///
/// registered → contacted → closed → (appealed → ruled). An extension is a mark on an open
/// case, not a state; carrying out an upheld ruling's consequences is a date on a ruled case.
public enum CaseState: String, Sendable, Codable, CaseIterable {
    /// Registered; the client has not been contacted yet.
    case registered
    /// The account manager has contacted the client.
    case contacted
    /// Closed as resolved or unfounded.
    case closed
    /// The client appealed to the independent third party.
    case appealed
    /// The third party ruled; its ruling binds the academy.
    case ruled

    /// True while the complaint is still being handled (R10's four weeks run).
    public var isOpen: Bool { self == .registered || self == .contacted }
}
