/// R11: the client was told why handling takes longer and when to expect an answer.
public struct CaseExtension: Sendable, Codable, Equatable {
    /// Why it takes longer.
    public let reason: String
    /// When the client can expect an answer: the case's new resolution deadline.
    public let expected: LocalDate
    /// When the client was told.
    public let toldOn: LocalDate
    /// True when the client was told after the deadline then in force: a breach of R11,
    /// kept and reported as such.
    public let late: Bool
}
