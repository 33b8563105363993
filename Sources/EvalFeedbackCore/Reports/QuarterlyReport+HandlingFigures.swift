extension QuarterlyReport.Handling {
    /// The handling figures of `cases`, those registered in `period`, as known on `today`
    /// (R7-R14): worked out here from case values, so that the store only reads and the rules
    /// of the procedure are spelled in the domain.
    init(cases: [ComplaintCase], period: ReportPeriod, today: LocalDate, calendar: WorkingDayCalendar) {
        func counts(_ labels: [String]) -> [QuarterlyReport.Count] {
            Dictionary(labels.map { ($0, 1) }, uniquingKeysWith: +).map { .init(label: $0.key, count: $0.value) }
                .sorted { ($1.count, $0.label) < ($0.count, $1.label) }
        }
        let dimensions = cases.flatMap { complaint in
            (complaint.lowScores ?? "").split(separator: ",").compactMap {
                $0.trimmed.split(separator: " ").first.map(String.init)
            }
        }
        let outcomes = cases.map { $0.closing?.outcome.rawValue ?? QuarterlyReport.Handling.stillOpen }
        let contactJudged = cases.filter { $0.contactedOn != nil || $0.contactDue < today }
        let contactedInTime = contactJudged.count { ($0.contactedOn ?? .init(dayNumber: Int.max / 2)) <= $0.contactDue }
        let waits = cases.compactMap { complaint in
            complaint.contactedOn.map { calendar.workingDays(after: complaint.registeredOn, through: $0) }
        }.sorted()
        let median: Double? =
            waits.isEmpty
            ? nil
            : waits.count % 2 == 1
                ? Double(waits[waits.count / 2]) : Double(waits[waits.count / 2 - 1] + waits[waits.count / 2]) / 2
        // Management asks whether the procedure was kept (R10, R11), not the date last promised.
        let resolutionJudged = cases.filter { $0.closing != nil || $0.deadline.isMissed(openOn: today) }
        let resolvedInTime = resolutionJudged.count { complaint in
            complaint.closing.map { complaint.deadline.isKept(closedOn: $0.closedOn) } ?? false
        }
        let late = resolutionJudged.filter { complaint in
            guard let closed = complaint.closing?.closedOn else { return true }
            return !complaint.deadline.isKept(closedOn: closed)
        }.map {
            QuarterlyReport.LateCase(caseID: $0.id, due: $0.deadline.procedureDue, closedOn: $0.closing?.closedOn)
        }
        // R11: every complaint that outlived R10's four weeks should have had its client told
        // before they ended: the first extension told by then counts, a later one does not.
        let outlived = cases.filter { complaint in
            let fourWeeks = complaint.deadline.fourWeeks
            return complaint.closing.map { $0.closedOn > fourWeeks } ?? (fourWeeks < today)
        }
        let toldInTime = outlived.count { complaint in
            complaint.extension != nil && complaint.deadline.missed != complaint.deadline.fourWeeks
        }
        let extensions = cases.compactMap { complaint in
            complaint.extension.map {
                QuarterlyReport.ExtensionEntry(
                    caseID: complaint.id, toldOn: $0.toldOn, expected: $0.expected,
                    timely: !complaint.deadline.isBreached, missedDeadline: complaint.missedDeadline, reason: $0.reason)
            }
        }
        let appeals = cases.compactMap { complaint in
            complaint.appeal.map {
                QuarterlyReport.AppealEntry(
                    caseID: complaint.id, appealedOn: $0.appealedOn, ruling: $0.ruling?.rawValue, ruledOn: $0.ruledOn)
            }
        }
        let end = min(period.to, today)
        let overdue = cases.count { complaint in
            let closed = complaint.closing.map { $0.closedOn <= end } ?? false
            guard !closed else { return false }
            let contacted = complaint.contactedOn.map { $0 <= end } ?? false
            return (!contacted && complaint.contactDue < end) || complaint.deadline.isMissed(openOn: end)
        }
        self.init(
            bySource: counts(cases.map(\.source.rawValue)), byDimension: counts(dimensions), outcomes: counts(outcomes),
            contactedInTime: .init(count: contactedInTime, of: contactJudged.count), medianWorkingDaysToContact: median,
            resolvedInTime: .init(count: resolvedInTime, of: resolutionJudged.count),
            delayToldInTime: .init(count: toldInTime, of: outlived.count), late: Array(late.prefix(100)),
            lateCount: late.count, extensions: extensions,
            appeals: appeals, overdueAtEnd: overdue)
    }
}
