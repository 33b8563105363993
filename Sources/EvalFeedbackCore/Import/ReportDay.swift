/// The day a response counts for in the quarterly report: the day it was submitted, else its
/// training's day, else the import's; never a day after the import's (a date in the future is
/// a typo, warned about, and must not hide a response from this quarter's figures).
///
/// Both readings of an import decide with `choose`: the general one on dates, the plain one
/// on day numbers paired with the bytes it binds.
enum ReportDay {
    /// Of a response's `submitted` and `training` days, the one it counts for, or `today`;
    /// `isBeforeToday` says whether a day comes before the import's.
    static func choose<Day>(submitted: Day?, training: Day?, today: Day, isBeforeToday: (Day) -> Bool) -> Day {
        guard let day = submitted ?? training else { return today }
        return isBeforeToday(day) ? day : today
    }
}
