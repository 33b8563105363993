import GRDB

extension AppDatabase {
    /// Registers a complaint from any source (R7), then applies `steps` (an oral complaint
    /// solved on the spot is closed the same day), all in one transaction.
    ///
    /// Refuses an empty client, contact or summary, and a registration day after today.
    public func register(_ newCase: NewCase, steps: [CaseStep] = [], lifecycle: CaseLifecycle, defaultManager: String?)
        throws -> (ComplaintCase, [CaseChange])
    {
        guard newCase.client != nil else {
            throw CaseStepError.missingName(
                field: "the client (--client)", advice: "name the client organisation, as the clients file does")
        }
        guard newCase.contactName != nil else {
            throw CaseStepError.missingName(field: "the contact (--contact)", advice: "name the person who complained")
        }
        guard newCase.summary != nil else { throw CaseStepError.emptyText(field: "the summary (--summary)") }
        if newCase.registeredOn > lifecycle.today {
            throw CaseStepError.inTheFuture(step: "registration", date: newCase.registeredOn, today: lifecycle.today)
        }
        return try writer.write { db in
            let id = try newCase.insert(
                into: db, clientKey: newCase.client.map(ClientKey.of), responseID: nil, actor: lifecycle.actor,
                note: newCase.summary)
            var changes: [CaseChange] = []
            for step in steps {
                changes.append(
                    try Self.apply(
                        step, to: id, in: db, lifecycle: lifecycle, defaultManager: defaultManager,
                        allowNewManager: false))
            }
            return (try Self.fetchCase(id, in: db, defaultManager: defaultManager), changes)
        }
    }

    /// Records one step on a case (R11-R15) with its history entry (R13), or refuses it and
    /// leaves the register unchanged (R12).
    ///
    /// `case assign` refuses a manager nobody knows (a typo would take the case off every
    /// real manager's list) unless `allowNewManager` says the name is new on purpose.
    public func record(
        _ step: CaseStep, on caseID: Int64, lifecycle: CaseLifecycle, defaultManager: String?,
        allowNewManager: Bool = false
    ) throws -> CaseChange {
        try writer.write { db in
            try Self.apply(
                step, to: caseID, in: db, lifecycle: lifecycle, defaultManager: defaultManager,
                allowNewManager: allowNewManager)
        }
    }

    /// The case with this number.
    public func complaintCase(_ id: Int64, defaultManager: String?) throws -> ComplaintCase {
        try writer.read { db in try Self.fetchCase(id, in: db, defaultManager: defaultManager) }
    }

    /// The case's whole history in order (R13).
    public func history(of id: Int64) throws -> [CaseEvent] {
        try writer.read { db in try CaseEventRecord.history(of: id).fetchAll(db).map { try $0.event() } }
    }

    static func fetchCase(_ id: Int64, in db: Database, defaultManager: String?) throws -> ComplaintCase {
        guard let record = try CaseRecord.numbered(id).fetchOne(db) else { throw CaseStepError.unknownCase(id) }
        return try record.complaintCase(defaultManager: defaultManager)
    }

    static func apply(
        _ step: CaseStep, to id: Int64, in db: Database, lifecycle: CaseLifecycle, defaultManager: String?,
        allowNewManager: Bool
    ) throws -> CaseChange {
        var step = step
        if case .assign(let manager, let on) = step, !manager.trimmed.isEmpty {
            let known = try managers(in: db, defaultManager: defaultManager)
            let wanted = ClientKey.of(manager)
            if let spelling = known.first(where: { ClientKey.of($0) == wanted }) {
                step = .assign(manager: spelling, on: on)
            } else if !allowNewManager {
                throw ListError.unknownAssignee(manager, known: known)
            }
        }
        let current = try fetchCase(id, in: db, defaultManager: defaultManager)
        let change = try lifecycle.apply(step, to: current)
        try CaseTable.filter(CaseRecord.Columns.id == id).updateAll(db, change.updated.mutableColumns)
        try change.event.insert(into: db, caseID: id)
        return change
    }
}
