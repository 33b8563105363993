/// What one step does to a case: the changed case, its history entry, and the line to print.
public struct CaseChange: Sendable, Equatable {
    /// The case after the step.
    public let updated: ComplaintCase
    /// The history entry the step adds (R13).
    public let event: CaseEvent
    /// One line saying what changed, for the terminal.
    public let message: String
}
