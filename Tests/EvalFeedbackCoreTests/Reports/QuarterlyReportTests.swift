import Foundation
import GRDB
import Testing

@testable import EvalFeedbackCore

/// Q2 has one response, Q3 three and two cases, Q4 one response: every figure is worked out by hand below.
private func quarterStore() throws -> AppDatabase {
    let store = try AppDatabase.inMemory()
    let text = [
        canonicalHeader,
        row("R-0", scores: ["7", "7", "7", "7"], submitted: "2026-05-10T10:00:00"),
        row("R-1", scores: ["5", "8", "n.v.t.", "6"], submitted: "2026-07-01T10:00:00", comment: "Anna vond het niks"),
        row("R-2", scores: ["9", "7", "8", "10"], submitted: "2026-08-15T10:00:00"),
        row("R-3", scores: ["7", "4", "8", "8"], submitted: "2026-09-30T23:59:00"),
        row("R-4", scores: ["1", "1", "1", "1"], submitted: "2026-10-01T00:00:00"),
    ].joined(separator: "\n")
    try store.importText(text)
    try store.withConnection { db in
        // R-1's case: contacted in time (due 2026-07-03), closed within four weeks, cause trainer, client satisfied.
        try db.execute(
            sql: """
                UPDATE complaint_case SET state = 'closed', contacted_on = '2026-07-03', closed_on = '2026-07-20',
                    outcome = 'resolved', cause = 'trainer', client_satisfied = 'yes' WHERE id = 1
                """)
        // R-3's case: contacted late (due 2026-10-02), still open.
        try db.execute(sql: "UPDATE complaint_case SET state = 'contacted', contacted_on = '2026-10-05' WHERE id = 2")
        // R-4's case, in Q4: closed with the same cause for the same training and trainer.
        try db.execute(
            sql: """
                UPDATE complaint_case SET state = 'closed', contacted_on = '2026-10-02', closed_on = '2026-10-09',
                    outcome = 'unfounded', cause = 'trainer', client_satisfied = 'no' WHERE id = 3
                """)
    }
    return store
}

private func report(_ store: AppDatabase, _ quarter: String) throws -> QuarterlyReport {
    try store.quarterlyReport(try require(Quarter(quarter)), today: try require(LocalDate("2026-11-26")))
}

@Suite("The quality report (R2, R9-R12, R16)")
struct QuarterlyReportTests {
    @Test("Headline figures for the quarter only, compared with the previous quarter and a year earlier")
    func headline() throws {
        let q3 = try report(try quarterStore(), "2026-Q3")
        #expect(q3.headline.responses == .init(value: 3, previous: 1, yearEarlier: 0))
        #expect(q3.headline.flags == .init(value: 2, previous: 0, yearEarlier: 0))
        #expect(q3.headline.dimensions.map(\.mean.value) == [7, 19.0 / 3, 8, 8])
        #expect(q3.headline.dimensions.map(\.mean.previous) == [7, 7, 7, 7])
        #expect(q3.headline.dimensions.map(\.mean.changeFromPrevious) == [0, 19.0 / 3 - 7, 1, 1])
        #expect(q3.headline.dimensions.map(\.mean.yearEarlier) == [nil, nil, nil, nil])
        #expect(
            q3.headline.dimensions.map(\.low) == [
                .init(count: 1, of: 3), .init(count: 1, of: 3), .init(count: 0, of: 2), .init(count: 1, of: 3),
            ])
        #expect(q3.headline.casesOpened.value == 2)
        #expect(q3.headline.casesClosed.value == 1)
        #expect(q3.headline.casesOpenAtEnd.value == 1)
        #expect(q3.satisfied == .init(count: 1, of: 1), "case 1, closed in Q3, satisfied")
        #expect(try report(try quarterStore(), "2026-Q4").satisfied == .init(count: 0, of: 1), "case 3 was not")
        #expect(QuarterlyReport.change(1) == "▲ +1.00")
        #expect(QuarterlyReport.change(-0.5) == "▼ -0.50")
    }

    @Test("The distribution per dimension, the monthly trend and the grouping of small trainings")
    func distributionTrendGroups() throws {
        let q3 = try report(try quarterStore(), "2026-Q3")
        #expect(q3.distribution[0].counts == [0, 0, 0, 0, 1, 0, 1, 0, 1, 0])
        #expect(q3.distribution[2].counts == [0, 0, 0, 0, 0, 0, 0, 2, 0, 0], "n.v.t. is no score")
        #expect(q3.trend.map(\.month).first == "2025-10")
        #expect(q3.trend.map(\.month).last == "2026-09")
        #expect(q3.trend.first { $0.month == "2026-07" }?.means == [5, 8, nil, 6])
        #expect(q3.trend.first { $0.month == "2026-05" }?.responses == 1)
        #expect(q3.trainings.count == 1)
        #expect(q3.trainings[0].name == "other (1, each under 5 responses)")
        #expect(q3.trainings[0].responses == 3)
        #expect(q3.trainings[0].low == .init(count: 2, of: 3))
    }

    @Test("R9-R12: complaint handling: sources, dimensions, outcomes, deadlines, overdue at the end")
    func handling() throws {
        let q3 = try report(try quarterStore(), "2026-Q3")
        let handling = q3.handling
        #expect(handling.bySource == [.init(label: "evaluation", count: 2)])
        #expect(handling.byDimension.map(\.label) == ["day", "trainer", "training"])
        #expect(handling.outcomes == [.init(label: "resolved", count: 1), .init(label: "still open", count: 1)])
        #expect(handling.contactedInTime == .init(count: 1, of: 2))
        #expect(handling.medianWorkingDaysToContact == 2.5, "2 and 3 working days")
        #expect(handling.resolvedInTime == .init(count: 1, of: 2), "R-3's four weeks ended 2026-10-28")
        #expect(handling.late == [.init(caseID: 2, due: try require(LocalDate("2026-10-28")), closedOn: nil)])
        #expect(handling.overdueAtEnd == 0, "on 2026-09-30 R-3's contact was not yet due")
        #expect(q3.satisfied == .init(count: 1, of: 1))
    }

    @Test("R11: an extension told in time counts as on time; one told late is a breach and stays late")
    func extensions() throws {
        let store = try quarterStore()
        try store.withConnection { db in
            try db.execute(
                sql: """
                    UPDATE complaint_case SET extension_told_on = '2026-10-20', extension_expected = '2026-11-10',
                        extension_reason = 'wacht op trainer', extension_late = 0,
                        state = 'closed', closed_on = '2026-11-05', outcome = 'resolved' WHERE id = 2
                    """)
        }
        #expect(try report(store, "2026-Q3").handling.resolvedInTime == .init(count: 2, of: 2))
        try store.withConnection { db in
            try db.execute(
                sql: """
                    UPDATE complaint_case SET extension_told_on = '2026-11-01', extension_late = 1, extended_late = 1,
                        missed_deadline = '2026-10-28' WHERE id = 2
                    """)
        }
        let late = try report(store, "2026-Q3").handling
        #expect(late.resolvedInTime == .init(count: 1, of: 2))
        #expect(late.extensions.map(\.timely) == [false])
        #expect(late.extensions.map(\.reason) == ["wacht op trainer"])
    }

    @Test("Recurring problems: the same cause for the same training and trainer in two quarters is marked")
    func recurring() throws {
        let q4 = try report(try quarterStore(), "2026-Q4")
        #expect(q4.recurring.count == 1)
        #expect(q4.recurring[0].cause == "trainer")
        #expect(q4.recurring[0].quarters == ["2026-Q3", "2026-Q4"])
        #expect(q4.recurring[0].recurring)
        #expect(q4.satisfied == .init(count: 0, of: 1))
        #expect(try report(try quarterStore(), "2026-Q3").recurring[0].recurring == false)
    }

    @Test("R16: no respondent name, email address or comment, in any format")
    func noPersonalData() throws {
        let q3 = try report(try quarterStore(), "2026-Q3")
        for format in [OutputFormat.text, .markdown, .json, .csv, .html] {
            let text = String(decoding: try q3.rendered(as: format, csvSeparator: .semicolon), as: UTF8.self)
            #expect(!text.contains("Anna"), "\(format)")
            #expect(!text.contains("example.org"), "\(format)")
            #expect(!text.contains("niks"), "\(format)")
        }
    }

    @Test("The JSON has a version, every section, and reads back as the same report")
    func json() throws {
        let q3 = try report(try quarterStore(), "2026-Q3")
        let data = Data(try q3.rendered(as: .json, csvSeparator: .semicolon))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 3)
        #expect(
            Set(object.keys) == [
                "schemaVersion", "period", "previousPeriod", "yearEarlierPeriod", "madeOn", "lowScoreThreshold",
                "headline", "distribution", "trend", "trainings", "trainers", "handling", "recurring", "satisfied",
            ])
        let decoder = JSONDecoder()
        #expect(try decoder.decode(QuarterlyReport.self, from: data) == q3)
    }

    @Test("The HTML is one page with a chart per section that has one, and nothing fetched")
    func html() throws {
        let page = String(
            decoding: try report(try quarterStore(), "2026-Q3").rendered(as: .html, csvSeparator: .semicolon),
            as: UTF8.self)
        #expect(page.components(separatedBy: "<svg class=\"chart\"").count - 1 == 6)
        #expect(!page.contains("<script"))
        #expect(!page.contains("http"))
        #expect(page.contains("break-before: page"))
    }

    @Test("A --from/--to period is compared with as many days before, and the same days a year earlier")
    func customPeriod() throws {
        let period = ReportPeriod(from: try require(LocalDate("2026-11-01")), to: try require(LocalDate("2026-11-10")))
        #expect(period.previous.from.description == "2026-10-22")
        #expect(period.previous.to.description == "2026-10-31")
        #expect(period.yearEarlier.from.description == "2025-11-01")
        #expect(ReportPeriod(try require(Quarter("2026-Q1"))).previous.label == "2025-Q4")
    }
}

@Suite("The quarterly report's trainer table")
struct TrainerGroupingTests {
    @Test("Trainers whose names differ only in accents or case are one row, in the spelling most responses use")
    func accentsAndCase() throws {
        let store = try AppDatabase.inMemory()
        // Three spellings of one trainer (a dotless ı has no accent to fold away), and one other trainer.
        let trainers =
            ["Mehmet Yilmaz", "Mehmet Yılmaz", "Mehmet Yılmaz", "mehmet  yilmaz ", "Mehmet Yılmaz"]
            + Array(repeating: "Eva Bos", count: 5)
        let header = canonicalHeader
        let rows = trainers.enumerated().map { index, trainer in
            [
                "R\(index)", "2026-11-0\(index % 9 + 1)T10:00:00", "Agile", "2026-11-01", trainer, "Klant", "", "",
                "8", "8", "8", index == 0 ? "4" : "8", "",
            ].joined(separator: ",")
        }
        try store.importText(([header] + rows).joined(separator: "\n") + "\n")
        let report = try store.quarterlyReport(
            try require(Quarter("2026-Q4")), today: try require(LocalDate("2026-11-26")))
        #expect(report.trainers.map(\.name) == ["Eva Bos", "Mehmet Yılmaz"])
        #expect(report.trainers.map(\.responses) == [5, 5])
        #expect(report.trainers.last?.low == .init(count: 1, of: 5))
    }

    @Test("More late cases than the report lists: the CLI's report names its command, a page's the register extract")
    func lateCasesBeyondTheList() throws {
        let store = try AppDatabase.inMemory()
        let rows = (1...101).map { row("L-\($0)", scores: ["3", "8", "8", "8"], submitted: "2026-07-01T10:00:00") }
        try store.importText(([canonicalHeader] + rows).joined(separator: "\n"))
        let late = try report(store, "2026-Q3")
        #expect(late.handling.lateCount == 101 && late.handling.late.count == 100)
        let text = String(decoding: try late.rendered(as: .text, csvSeparator: .semicolon), as: UTF8.self)
        #expect(text.contains("'evalfeedback register' lists all"))
        for language in ["en", "nl"] {
            let page = late.htmlFragment(ReportWords(language: language)).body
            #expect(!page.contains("evalfeedback"), "\(language)")
        }
        #expect(late.htmlFragment(ReportWords(language: "en")).body.contains("the register extract lists all"))
        #expect(late.htmlFragment(ReportWords(language: "nl")).body.contains("het registeruittreksel noemt ze allemaal"))
    }
}
