/// How a session stores what it read: the response under its key (R6), a known response's
/// new scores, and the case a flag opens (R3), for plain and generally read records alike.
extension ImportSession {
    /// Stores a record read plainly: complete, without problems (R4), keyed by its id (R6).
    func store(_ record: PlainRecord, bytes: UnsafeBufferPointer<UInt8>, line: Int) throws {
        // Compared, not bound, until needed: binding retains (and then releases) the object.
        guard rows != nil else { return }
        summary.records += 1
        summary.accepted += 1
        if !sawFirstResponse { noteFirst(record.submitted) }
        if let day = record.submittedDayNumber { noteSubmission(day) }
        let low = settings.scoring.lowScores(record.score)
        if !low.isEmpty { summary.flagged += 1 }
        guard writer != nil else {
            if !low.isEmpty { summary.casesOpened += 1 }  // a dry run: the case it would open
            return
        }
        // In a cumulative export the next response is likely known too: it is looked up with
        // the ones after it, and nothing more is made of it when the register holds it unchanged.
        if expectKnown {
            try lookUp(record, bytes: bytes, line: line, low: low)
            return
        }
        guard let rows, let writer else { return }
        let clientKey = clientKey(record, bytes: bytes)
        let place = group.nextPlace
        try writer.bind(
            rows.row(record, bytes: bytes, line: line, flagged: !low.isEmpty, clientKey: clientKey, place: place),
            place: place)
        group.append(ResponseGroup.Member(record: record, line: line, low: low, clientKey: clientKey))
        if group.isFull { try storeGroup(bytes: bytes) }
    }

    /// The first response's submission time, from its tool's completion column.
    func noteFirst(_ submitted: ExportTimestamp?) {
        guard !sawFirstResponse else { return }
        sawFirstResponse = true
        firstSubmitted = submitted
    }

    /// Widens the range of registration days to `day`.
    @inline(__always)
    private func noteSubmission(_ day: Int) {
        guard let days = submittedDays else {
            submittedDays = day...day
            return
        }
        if day < days.lowerBound {
            submittedDays = day...days.upperBound
        } else if day > days.upperBound {
            submittedDays = days.lowerBound...day
        }
    }

    /// Stores every response still waiting, looked up or grouped: before a record of another
    /// kind, and before the batch their texts are in is let go.
    func storeWaiting(bytes: UnsafeBufferPointer<UInt8>) throws {
        try settleLookups(bytes: bytes)
        try storeGroup(bytes: bytes)
    }

    /// The key of a plain record's client, as rows bind it (R15).
    func clientKey(_ record: PlainRecord, bytes: UnsafeBufferPointer<UInt8>) -> BoundText {
        let client = record.text(.client)
        guard let rows, !client.isEmpty else { return .null }
        return rows.clientKey(bytes, client, key: ClientKey.of)
    }

    /// Stores the responses waiting in the group, and opens the cases of those flagged and
    /// new (R3, R6), in the file's order; `bytes` are the batch's the group was filled from.
    func storeGroup(bytes: UnsafeBufferPointer<UInt8>) throws {
        guard !group.isEmpty, let writer, let rows else { return }
        defer {
            group.removeAll()
            rows.groupStored()
        }
        /// The row of the member in `place`, made again in that place as it was bound.
        func row(_ place: Int) -> ResponseRow {
            let member = group.members[place]
            return rows.row(
                member.record, bytes: bytes, line: member.line, flagged: !member.low.isEmpty,
                clientKey: member.clientKey, place: place)
        }
        guard group.isFull else {
            for (place, member) in group.members.enumerated() {
                try store(row(place), low: member.low, line: member.line, fromGroup: true) {
                    EvaluationResponse(plain: member.record, bytes: bytes)
                }
            }
            return
        }
        let (stored, last) = try writer.storeGroup()
        // The rows stored are numbered first...last, in the group's order.
        let first = stored == 0 ? Int64.max : last - Int64(stored) + 1
        if stored == ResponseGroup.size {
            // All new: their cases are registered together.
            expectKnown = false
            var cases: [CaseRow] = []
            for (place, member) in group.members.enumerated() where !member.low.isEmpty {
                cases.append(caseRow(member, row(place), responseID: first + Int64(place)))
            }
            defer { texts.reset() }  // the cases' notes and low scores
            try writer.open(cases, actor: Self.actor)
            summary.casesOpened += cases.count
            return
        }
        var next = first
        for (place, member) in group.members.enumerated() {
            let row = row(place)
            let responseID: Int64?
            if let known = try writer.find(key: row.key) {
                if known.id == next {
                    responseID = known.id  // stored now, by this row (a repeat of it later in the group is known)
                    next += 1
                    expectKnown = false
                } else {
                    responseID = try refresh(known, row)
                }
            } else {
                // Skipped, but not for its key: stored alone, it fails with the reason.
                responseID = try writer.store(row, fromGroup: true)
            }
            try openCase(responseID: responseID, row: row, low: member.low, line: row.line) {
                EvaluationResponse(plain: member.record, bytes: bytes)
            }
        }
    }

    /// Stores a record the general reading read, with its warnings (R4).
    func store(
        _ response: EvaluationResponse, problems: [FieldProblem], values: [EvaluationField: String], line: Int,
        complete: Bool
    ) throws {
        let low = settings.scoring.lowScores { response.scores[$0] }
        summary.accepted += 1
        if let submitted = response.submittedAt { noteSubmission(submitted.date.dayNumber) }
        if !low.isEmpty { summary.flagged += 1 }
        if !complete { summary.incomplete += 1 }
        for problem in problems {
            summary.warningCount += 1
            if summary.warnings.count < ImportSummary.warningsShown {
                summary.warnings.append(
                    FieldWarning(
                        file: summary.file, line: line, field: problem.field.rawValue, issue: problem.issue))
            }
        }
        let key = responseKey(response, values: values)
        let clientKey = response.client.map(clientKey(of:))
        let text = texts.text
        defer { texts.reset() }
        let row = ResponseRow(
            key: text(key), line: line, externalID: text(response.externalID),
            submittedAt: text(response.submittedAt?.storedForm),
            reportDate: text(
                ReportDay.choose(
                    submitted: response.submittedAt?.date, training: response.trainingDate, today: settings.today
                ) { $0 < settings.today }.description),
            training: text(response.training), trainingDate: text(response.trainingDate?.description),
            trainer: text(response.trainer), client: text(response.client),
            clientKey: text(clientKey), respondentName: text(response.respondentName),
            respondentEmail: text(response.respondentEmail), scores: ScoreVector { response.scores[$0] },
            comment: text(response.comment), flagged: !low.isEmpty,
            warnings: text(
                problems.isEmpty ? nil : problems.map { "\($0.field.rawValue): \($0.message)" }.joined(separator: "\n")),
            complete: complete, form: text(context.form), language: text(response.language?.code))
        try store(row, low: low, line: line, fromGroup: false, response: { response })
    }

    /// Stores a response and opens its case when it is flagged and new, or when a response
    /// already known now has a low score it did not have (R3, R4, R6). `response` gives the
    /// response's texts, needed only when a case is opened; `fromGroup` says the row was bound
    /// to the group statement (`ImportWriter.store(_:fromGroup:)`).
    func store(
        _ row: ResponseRow, low: [LowScore], line: Int, fromGroup: Bool, response: () -> EvaluationResponse
    ) throws {
        guard let writer else {
            if !low.isEmpty { summary.casesOpened += 1 }  // a dry run: the case it would open
            return
        }
        let responseID: Int64?
        // A cumulative export repeats earlier responses in runs: after a known one, the next
        // is looked up first (one probe of the key index) rather than offered as new.
        if expectKnown, let known = try writer.find(key: row.key) {
            responseID = try refresh(known, row)
        } else if let new = try writer.store(row, fromGroup: fromGroup) {
            expectKnown = false
            responseID = new
        } else {
            guard let known = try writer.find(key: row.key) else { return }
            responseID = try refresh(known, row)
        }
        try openCase(responseID: responseID, row: row, low: low, line: line, response: response)
    }

    /// The history's name for what the import does.
    static let actor = CaseEvent.importActor

    /// The case a new plain response in the group opens, as `openCase` would open it.
    private func caseRow(_ member: ResponseGroup.Member, _ row: ResponseRow, responseID: Int64) -> CaseRow {
        let registered = min(member.record.submitted?.date ?? settings.today, settings.today)
        let days = caseDays[registered] ?? CaseDays(registered: registered, deadlines: deadlines(registered))
        caseDays[registered] = days
        let low = lowScoreCell(member.low)
        return CaseRow(
            responseID: responseID, source: .evaluation, client: row.client, clientKey: row.clientKey,
            contactName: row.respondentName, contactEmail: row.respondentEmail, training: row.training,
            trainer: row.trainer, lowScores: texts.text(low), summary: row.comment, days: days, language: .null,
            note: texts.text(
                CaseEventDetail.lowScoresNote(low, file: summary.file, line: row.line, unfinished: false)))
    }

    /// The cell of `low` (`LowScore.text`), made once per set of low scores.
    private func lowScoreCell(_ low: [LowScore]) -> String {
        if let known = lowScoreCells[low] { return known }
        let cell = LowScore.text(low)
        lowScoreCells[low] = cell
        return cell
    }

    /// The deadlines of a case registered on `day` (R9, R10), computed once per day.
    private func deadlines(_ day: LocalDate) -> Deadlines {
        if let known = deadlineCache[day] { return known }
        let computed = Deadlines(registeredOn: day, calendar: settings.calendar)
        deadlineCache[day] = computed
        return computed
    }

    /// Opens the case of a response stored now, or of a known one that has a low score it did
    /// not have (`responseID` nil: neither), when it has low scores (R3, R4).
    private func openCase(
        responseID: Int64?, row: ResponseRow, low: [LowScore], line: Int, response: () -> EvaluationResponse
    ) throws {
        guard let writer, let responseID, !low.isEmpty else { return }
        let flagged = response()
        let registered = min(flagged.submittedAt?.date ?? settings.today, settings.today)
        try writer.open(
            NewCase(flagged: flagged, lowScores: low, registeredOn: registered, deadlines: deadlines(registered)),
            clientKey: row.clientKey.string,
            responseID: responseID,
            actor: Self.actor,
            note: CaseEventDetail.lowScores(low, file: summary.file, line: line, unfinished: !row.complete).note
        )
        summary.casesOpened += 1
    }

    /// A response already in the register (R6), perhaps edited since (a form that allows
    /// editing, an unfinished response finished): its new scores are stored. Returns its
    /// number when a low score it has now may open its case (R4): it changed, and has none.
    private func refresh(_ known: ImportWriter.KnownResponse, _ row: ResponseRow) throws -> Int64? {
        guard let writer else { return nil }
        summary.alreadyKnown += 1
        expectKnown = true
        guard known.differs(from: row),
            try writer.refresh(id: known.id, scores: row.scores, flagged: row.flagged, complete: row.complete)
        else { return nil }
        summary.changed += 1
        return try writer.hasCase(responseID: known.id) ? nil : known.id
    }

    /// The key of a client's name (R15), computed once per name: a file names few clients many times.
    func clientKey(of name: String) -> String {
        if let known = clientKeys[name] { return known }
        let computed = ClientKey.of(name)
        clientKeys[name] = computed
        return computed
    }

    /// R6: the export's own id where it has one, else a fingerprint of everything it says
    /// (`ResponseKey`), counted per file.
    private func responseKey(_ response: EvaluationResponse, values: [EvaluationField: String]) -> String {
        let fingerprint = { ContentHash.fingerprint(EvaluationField.fingerprinted.map { values[$0] ?? "" }) }
        if let id = response.externalID {
            return ResponseKey.of(
                id: id, form: context.form, submitted: response.submittedAt?.storedForm, fingerprint: fingerprint)
        }
        let key = fingerprint()
        let occurrence = occurrences[key, default: 0] + 1
        occurrences[key] = occurrence
        return ResponseKey.anonymous(fingerprint: key, occurrence: occurrence)
    }
}
