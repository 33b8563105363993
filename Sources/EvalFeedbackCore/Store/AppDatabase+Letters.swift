import GRDB

extension AppDatabase {
    /// Records a letter sent on case `caseID` with its history entry (R13), in one
    /// transaction. A closing letter also records that the closing email was sent (R14),
    /// through the lifecycle's own step, unless that was recorded already.
    ///
    /// Returns the lines saying what changed.
    public func record(
        _ letter: SentLetter, on caseID: Int64, lifecycle: CaseLifecycle, defaultManager: String?
    ) throws -> [String] {
        try writer.write { db in
            let current = try Self.fetchCase(caseID, in: db, defaultManager: defaultManager)
            try LetterRecord(letter, caseID: caseID).insert(db)
            let note = "\(letter.kind) letter to \(letter.recipient ?? "?") (SHA-256 \(letter.sha256))"
            try CaseEvent(on: letter.sentOn, kind: .letterSent, actor: lifecycle.actor, note: note)
                .insert(into: db, caseID: caseID)
            var lines = ["case \(caseID): \(letter.kind) letter sent to \(letter.recipient ?? "?") on \(letter.sentOn)"]
            if letter.kind == .closing, current.closing?.emailSentOn == nil {
                let change = try Self.apply(
                    .emailSent(on: letter.sentOn), to: caseID, in: db, lifecycle: lifecycle,
                    defaultManager: defaultManager, allowNewManager: false)
                lines.append(change.message)
            }
            return lines
        }
    }

    /// The letters sent on each of `caseIDs`, oldest first.
    public func letters(of caseIDs: [Int64]) throws -> [Int64: [SentLetter]] {
        try writer.read { db in try Self.letters(in: db, of: caseIDs) }
    }

    static func letters(in db: Database, of caseIDs: [Int64]) throws -> [Int64: [SentLetter]] {
        var letters: [Int64: [SentLetter]] = [:]
        let records = try LetterRecord.sent(on: caseIDs).fetchCursor(db)
        while let record = try records.next() { letters[record.caseID, default: []].append(try record.letter()) }
        return letters
    }

    /// Each account manager's email from the clients file (R15), keyed by `ClientKey.of(name)`:
    /// the address most of their clients give.
    public func managerAddresses() throws -> [String: MailAddress] {
        try writer.read { db in try Self.managerAddresses(in: db, named: nil) }
    }

    /// `manager`'s email from the clients file, as `managerAddresses()` chooses it.
    public func managerAddress(of manager: String) throws -> MailAddress? {
        try writer.read { db in try Self.managerAddresses(in: db, named: manager)[ClientKey.of(manager)] }
    }

    /// The addresses of every manager, or of the one `named` (in any spelling).
    private static func managerAddresses(in db: Database, named: String?) throws -> [String: MailAddress] {
        var addresses: [String: MailAddress] = [:]
        let wanted = named.map(ClientKey.of)
        for given in try ClientRecord.managerAddresses().fetchAll(db) {
            let key = ClientKey.of(given.managerName)
            if wanted != nil, key != wanted { continue }
            if addresses[key] == nil, let address = MailAddress(name: given.managerName, address: given.managerEmail) {
                addresses[key] = address
            }
        }
        return addresses
    }
}
