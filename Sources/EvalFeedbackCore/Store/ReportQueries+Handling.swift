extension ReportQueries {
    /// The handling figures of the cases registered in the period, on `today` (R7-R14).
    static func handling(_ cases: [ComplaintCase], period: ReportPeriod, today: LocalDate, calendar: WorkingDayCalendar)
        -> QuarterlyReport.Handling
    {
        func counts(_ labels: [String]) -> [QuarterlyReport.Count] {
            Dictionary(labels.map { ($0, 1) }, uniquingKeysWith: +).map { .init(label: $0.key, count: $0.value) }
                .sorted { ($1.count, $0.label) < ($0.count, $1.label) }
        }
        let dimensions = cases.flatMap { complaint in
            (complaint.lowScores ?? "").split(separator: ",").compactMap {
                $0.trimmed.split(separator: " ").first.map(String.init)
            }
        }
        let outcomes = cases.map { $0.closing?.outcome.rawValue ?? "still open" }
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
        // R10 with R11: an extension told in time moves the deadline; one told late does not.
        func deadline(_ complaint: ComplaintCase) -> LocalDate {
            guard let extended = complaint.extension, !complaint.extendedLate else { return complaint.resolutionDue }
            return extended.expected
        }
        let resolutionJudged = cases.filter { $0.closing != nil || deadline($0) < today }
        let resolvedInTime = resolutionJudged.count { complaint in
            complaint.closing.map { $0.closedOn <= deadline(complaint) } ?? false
        }
        let late = resolutionJudged.filter { complaint in
            guard let closed = complaint.closing?.closedOn else { return true }
            return closed > deadline(complaint)
        }.map { QuarterlyReport.LateCase(caseID: $0.id, due: deadline($0), closedOn: $0.closing?.closedOn) }
        let extensions = cases.compactMap { complaint in
            complaint.extension.map {
                QuarterlyReport.ExtensionEntry(
                    caseID: complaint.id, toldOn: $0.toldOn, expected: $0.expected, timely: !$0.late, reason: $0.reason)
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
            return (!contacted && complaint.contactDue < end) || deadline(complaint) < end
        }
        return .init(
            bySource: counts(cases.map(\.source.rawValue)), byDimension: counts(dimensions), outcomes: counts(outcomes),
            contactedInTime: .init(count: contactedInTime, of: contactJudged.count), medianWorkingDaysToContact: median,
            resolvedInTime: .init(count: resolvedInTime, of: resolutionJudged.count), late: Array(late.prefix(100)),
            lateCount: late.count, extensions: extensions,
            appeals: appeals, overdueAtEnd: overdue)
    }
}
