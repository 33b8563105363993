/// How the contact deadline follows from the registration day (R9), as values, so that "why
/// Tuesday?" can be answered in the reader's language: the CLI words it in
/// `WorkingDayCalendar.explainContactDue`, the pages in theirs.
public struct ContactReckoning: Sendable, Equatable {
    /// A day passed over while counting: a weekend day (`holiday` nil) or a holiday.
    public struct Skipped: Sendable, Equatable {
        /// The day.
        public let day: LocalDate
        /// The holiday it is; nil for a weekend day.
        public let holiday: Holiday?
    }

    /// The day the case was registered.
    public let registeredOn: LocalDate
    /// The working days counted, in order.
    public let counted: [LocalDate]
    /// The days passed over, in order.
    public let skipped: [Skipped]
    /// The day contact is due, at its end.
    public let due: LocalDate
}
