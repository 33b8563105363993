/// One case on the follow-up list as plain numbers: what to do and by when, and where its
/// texts are in the list's byte arenas (`FollowUpRows`). Copying, sorting and dropping a
/// hundred thousand of them costs no reference counting.
struct FollowUpRecord: Sendable, Equatable {
    /// A text a record keeps, in the order of the arena.
    enum Field: Int, CaseIterable {
        case client, respondent, respondentEmail, training, trainer, lowScores, summary, todo
    }

    /// The case's number.
    var id: Int64
    /// Which of the list's arenas holds its texts.
    var segment: UInt16 = 0
    /// Its to-do as an index into the list's distinct to-dos (`FollowUpRows.todos`); declared
    /// here, it takes room the padding before `start` left, and a record is no larger.
    var todo: Int32 = 0
    /// Where its texts start in that arena.
    var start: Int
    /// Each field's length in bytes, in the order of `Field`; -1 for none.
    var lengths: SIMD8<Int32>
    /// The account manager, as an index into the list's names; -1 when unassigned (R15).
    var manager: Int32
    /// Working days past the deadline `action` names.
    var late: Int32
    var registeredOn: Int32
    var contactDue: Int32
    /// `Self.none` when the client was not contacted.
    var contactedOn: Int32
    /// The date promised to the client (`ResolutionDeadline.promised`).
    var resolutionDue: Int32
    /// The training's day; `Self.none` when not known.
    var trainingDate: Int32
    var source: CaseSource
    var state: CaseState
    var action: FollowUpAction

    /// A day that is not there.
    static let none = Int32.min

    /// The deadline the list sorts by within an action: contact for the contact actions, else
    /// resolution.
    var dueForAction: Int32 {
        action == .contactOverdue || action == .contactDueToday ? contactDue : resolutionDue
    }

    /// Where `field`'s bytes are in the arena; nil when the case has none.
    func range(of field: Field) -> Range<Int>? {
        guard lengths[field.rawValue] >= 0 else { return nil }
        var offset = start
        for index in 0..<field.rawValue { offset += Int(max(lengths[index], 0)) }
        return offset..<offset + Int(lengths[field.rawValue])
    }
}
