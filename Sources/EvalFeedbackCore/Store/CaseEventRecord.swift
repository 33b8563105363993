import GRDB

/// One entry of a case's history as `case_event` stores it (R13): each step and each letter
/// appends one, and the case sheet and the pages read them back. The import registers its
/// cases' first entries in bulk (`CaseInsert`), in the same columns.
struct CaseEventRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "case_event"

    /// The table's columns.
    enum Columns {
        static let id = Column(CodingKeys.id)
        static let caseID = Column(CodingKeys.caseID)
        static let happenedOn = Column(CodingKeys.happenedOn)
        static let kind = Column(CodingKeys.kind)
        static let actor = Column(CodingKeys.actor)
        static let note = Column(CodingKeys.note)
        static let recordedAt = Column(CodingKeys.recordedAt)
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, actor, note
        case caseID = "case_id"
        case happenedOn = "happened_on"
        case recordedAt = "recorded_at"
    }

    /// The entry's number: nil until inserted, and the history's order.
    var id: Int64?
    var caseID: Int64
    /// The day it happened, `yyyy-MM-dd`.
    var happenedOn: String
    /// A `CaseEvent.Kind`.
    var kind: String
    var actor: String
    var note: String?
    /// The moment it was recorded, in UTC (`RecordingClock`); nil in entries made before
    /// migration v2 added the column.
    var recordedAt: String?

    /// `event`, about to be appended to case `caseID`'s history, recorded now.
    init(_ event: CaseEvent, caseID: Int64, recordedAt: String = RecordingClock().now) {
        self.caseID = caseID
        happenedOn = event.on.description
        kind = event.kind.rawValue
        actor = event.actor
        note = event.note
        self.recordedAt = recordedAt
    }

    /// The entries of case `id`'s history, in the order they were recorded.
    static func history(of id: Int64) -> QueryInterfaceRequest<CaseEventRecord> {
        filter(Columns.caseID == id).order(Columns.id)
    }

    /// The entry as the domain knows it. A day that is no date stops the read, as a case's
    /// does (`StoredCaseColumns`); a kind this version does not know is shown as a note, with
    /// its text, rather than hide the rest of the history.
    func event() throws(ListError) -> CaseEvent {
        guard let day = LocalDate(happenedOn) else {
            throw .corruptDate(case: caseID, column: "happened_on", value: happenedOn)
        }
        return CaseEvent(on: day, kind: CaseEvent.Kind(rawValue: kind) ?? .note, actor: actor, note: note)
    }
}

extension CaseEvent {
    /// Appends this entry to a case's history, stamped with the moment it was recorded.
    func insert(into db: Database, caseID: Int64) throws {
        try CaseEventRecord(self, caseID: caseID).insert(db)
    }
}
