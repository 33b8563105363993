/// A day the academy is closed on a weekday (R8), as a value: pages name it in their reader's
/// language; `rawValue` is the name the CLI prints.
public enum Holiday: String, Sendable, Hashable, CaseIterable {
    case newYearsDay = "New Year's Day"
    case goodFriday = "Good Friday"
    case easterMonday = "Easter Monday"
    case kingsDay = "King's Day"
    case liberationDay = "Liberation Day"
    case ascensionDay = "Ascension Day"
    case whitMonday = "Whit Monday"
    case christmasDay = "Christmas Day"
    case boxingDay = "Boxing Day"
    /// One of the config's extra closing days.
    case closingDay = "closing day"
}
