/// What `evalfeedback check` found: SQLite's own integrity checks, and the register's rules
/// (every flag has its case, every case its history, states that match their dates).
public struct RegisterCheck: Sendable, Codable, Equatable {
    /// Responses, cases and history entries looked at.
    public let responses: Int
    /// Cases looked at.
    public let cases: Int
    /// History entries looked at.
    public let events: Int
    /// Every problem, in words, with the rows concerned and what to do.
    public let problems: [String]

    /// True when nothing is wrong.
    public var isConsistent: Bool { problems.isEmpty }

    /// The report as text.
    public var text: String {
        var out = "check: \(responses) responses, \(cases) cases, \(events) history entries: "
        guard !problems.isEmpty else { return out + "integrity and consistency ok\n" }
        out += "\(problems.count) problem\(problems.count == 1 ? "" : "s")\n"
        return out + problems.map { "  - \($0)\n" }.joined()
    }
}
