import GRDB

/// A letter sent to a client as `letter` stores it (R13): which, when, to whom, and the
/// SHA-256 of the message as it was handed to sendmail.
struct LetterRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "letter"

    /// The table's columns.
    enum Columns {
        static let id = Column(CodingKeys.id)
        static let caseID = Column(CodingKeys.caseID)
        static let kind = Column(CodingKeys.kind)
        static let sentOn = Column(CodingKeys.sentOn)
        static let recipient = Column(CodingKeys.recipient)
        static let sha256 = Column(CodingKeys.sha256)
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, recipient, sha256
        case caseID = "case_id"
        case sentOn = "sent_on"
    }

    /// The letter's number: nil until inserted, and the order letters were sent in.
    var id: Int64?
    var caseID: Int64
    /// A `LetterKind`.
    var kind: String
    /// The day it was sent, `yyyy-MM-dd`.
    var sentOn: String
    /// Nil once the case's personal data was purged (R17).
    var recipient: String?
    var sha256: String

    /// `letter`, sent on case `caseID`.
    init(_ letter: SentLetter, caseID: Int64) {
        self.caseID = caseID
        kind = letter.kind.rawValue
        sentOn = letter.sentOn.description
        recipient = letter.recipient
        sha256 = letter.sha256
    }

    /// The letters of the cases numbered `caseIDs`, oldest first.
    static func sent(on caseIDs: [Int64]) -> QueryInterfaceRequest<LetterRecord> {
        filter(Columns.caseID.among(caseIDs)).order(Columns.id)
    }

    /// The letter as the domain knows it. A kind or a day this version does not write stops
    /// the read with the case, as a case's own values do (`StoredCaseColumns`).
    func letter() throws(ListError) -> SentLetter {
        guard let letterKind = LetterKind(rawValue: kind) else {
            throw .corruptValue(
                case: caseID, column: "letter.kind", value: kind, known: LetterKind.allCases.map(\.rawValue))
        }
        guard let day = LocalDate(sentOn) else { throw .corruptDate(case: caseID, column: "sent_on", value: sentOn) }
        return SentLetter(kind: letterKind, sentOn: day, recipient: recipient, sha256: sha256)
    }
}
