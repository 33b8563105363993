/// The two deadlines every case gets on registration (R9, R10).
public struct Deadlines: Sendable, Codable, Equatable {
    /// End of the second working day after registration (R9).
    public let contactDue: LocalDate
    /// End of the 28th calendar day after registration (R10).
    public let resolutionDue: LocalDate

    /// The deadlines of a case registered on `day`.
    public init(registeredOn day: LocalDate, calendar: WorkingDayCalendar) {
        contactDue = calendar.contactDue(registeredOn: day)
        resolutionDue = calendar.resolutionDue(registeredOn: day)
    }
}
