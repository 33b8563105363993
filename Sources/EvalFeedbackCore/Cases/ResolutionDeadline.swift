/// A case's resolution deadline (R10, R11) in its two meanings, decided here and nowhere else:
/// the follow-up list, `case show`, the register extract and the quarterly report all ask this.
///
/// - `promised`: the date the client was last promised, the **working target**. R10's four
///   weeks, moved by every extension, told in time or not, because the client was told it.
/// - `procedureDue` and `isBreached`: whether the **procedure** was kept, that is the four
///   weeks, or an answer date the client was told *before* the deadline then in force. An
///   extension told after that deadline is a breach (R11): the procedure's deadline stays the
///   one that was missed, and no later extension, however timely, undoes it.
public struct ResolutionDeadline: Sendable, Equatable {
    /// R10: the end of the 28th calendar day after registration.
    public let fourWeeks: LocalDate
    /// The date the client was last promised: `fourWeeks`, or the latest extension's date.
    public private(set) var promised: LocalDate
    /// The deadline in force that the first late extension was told after; nil while every
    /// extension was told in time.
    public private(set) var missed: LocalDate?

    /// The deadline of a case with R10's `fourWeeks`, the latest extension's `promised` date (if
    /// any) and the deadline a late extension `missed` (if any), as the register stores them.
    public init(fourWeeks: LocalDate, promised: LocalDate? = nil, missed: LocalDate? = nil) {
        self.fourWeeks = fourWeeks
        self.promised = promised ?? fourWeeks
        self.missed = missed
    }

    /// True when an extension was told after the deadline then in force (R11's breach, kept).
    public var isBreached: Bool { missed != nil }

    /// The last day the case can close on and keep the procedure: `promised` while every
    /// extension was told in time, else the deadline the first late one missed.
    public var procedureDue: LocalDate { missed ?? promised }

    /// True when an extension told on `day` is told in time: by the end of the deadline in force.
    public func isInTime(toldOn day: LocalDate) -> Bool { day <= promised }

    /// The deadline after the client was told on `toldOn` that the answer comes by `expected`.
    public func extended(toldOn: LocalDate, expected: LocalDate) -> ResolutionDeadline {
        var next = self
        if !isInTime(toldOn: toldOn), missed == nil { next.missed = promised }
        next.promised = expected
        return next
    }

    /// True when a case closed on `day` kept the procedure (R10, R11).
    public func isKept(closedOn day: LocalDate) -> Bool { day <= procedureDue }

    /// True when, on `day`, a case still open has missed the procedure's deadline.
    public func isMissed(openOn day: LocalDate) -> Bool { day > procedureDue }
}
