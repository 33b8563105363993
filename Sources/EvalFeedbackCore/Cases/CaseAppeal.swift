/// An appeal to the independent third party and what came of it (procedure §6, R12).
public struct CaseAppeal: Sendable, Codable, Equatable {
    /// When the client appealed.
    public var appealedOn: LocalDate
    /// Who hears the appeal, when known.
    public var thirdParty: String?
    /// The binding ruling, once given.
    public var ruling: Ruling?
    /// When it was given.
    public var ruledOn: LocalDate?
    /// What it says.
    public var rulingText: String?
    /// When an upheld ruling's consequences were carried out.
    public var consequencesDoneOn: LocalDate?

    /// True while an upheld ruling still has consequences to carry out.
    public var consequencesOutstanding: Bool { ruling == .upheld && consequencesDoneOn == nil }
}
