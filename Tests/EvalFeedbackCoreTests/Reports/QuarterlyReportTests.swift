import Foundation
import GRDB
import Testing

@testable import EvalFeedbackCore

@Suite("The quarterly report (R2, R16)")
struct QuarterlyReportTests {
    @Test("Means, low shares, flags and case handling are counted for the quarter only")
    func figures() throws {
        let store = try AppDatabase.inMemory()
        let text = [
            canonicalHeader,
            row("R-1", scores: ["5", "8", "n.v.t.", "6"], submitted: "2026-07-01T10:00:00"),
            row("R-2", scores: ["9", "7", "8", "10"], submitted: "2026-08-15T10:00:00"),
            row("R-3", scores: ["7", "4", "8", "8"], submitted: "2026-09-30T23:59:00"),
            row("R-4", scores: ["1", "1", "1", "1"], submitted: "2026-10-01T00:00:00"),  // next quarter
        ].joined(separator: "\n")
        try store.importText(text)
        try store.withConnection { db in
            // R-1's case: contacted in time (due 2026-07-03) and closed within four weeks.
            try db.execute(
                sql: "UPDATE complaint_case SET contacted_on = '2026-07-03', closed_on = '2026-07-20' WHERE id = 1")
            // R-3's case: contacted late (due 2026-10-02).
            try db.execute(sql: "UPDATE complaint_case SET contacted_on = '2026-10-05' WHERE id = 2")
        }
        let report = try store.quarterlyReport(
            try require(Quarter("2026-Q3")), today: try require(LocalDate("2026-11-26")))
        #expect(report.responses == 3)
        #expect(report.flags == 2)
        #expect(report.dimensions.map(\.mean) == [7, 19.0 / 3, 8, 8])
        #expect(
            report.dimensions.map(\.low) == [
                .init(count: 1, of: 3), .init(count: 1, of: 3), .init(count: 0, of: 2), .init(count: 1, of: 3),
            ])
        #expect(report.casesOpened == 2)
        #expect(report.casesClosed == 1)
        #expect(report.casesOpenAtEnd == 1)
        #expect(report.contactedWithinTwoWorkingDays == .init(count: 1, of: 2))
        #expect(report.resolvedWithinFourWeeks == .init(count: 1, of: 2))
    }

    @Test("R9, R10: a case still within its deadline counts neither as on time nor as late")
    func notYetDue() throws {
        let store = try AppDatabase.inMemory()
        let text = [
            canonicalHeader,
            row("R-1", scores: ["5", "8", "8", "8"], submitted: "2026-11-02T10:00:00"),  // contact due 4 Nov: late
            row("R-2", scores: ["5", "8", "8", "8"], submitted: "2026-11-25T10:00:00"),  // contact due 27 Nov
            row("R-3", scores: ["5", "8", "8", "8"], submitted: "2026-11-26T10:00:00"),  // contacted on the day
        ].joined(separator: "\n")
        try store.importText(text)
        try store.withConnection { db in
            try db.execute(sql: "UPDATE complaint_case SET contacted_on = registered_on WHERE id = 3")
        }
        let report = try store.quarterlyReport(
            try require(Quarter("2026-Q4")), today: try require(LocalDate("2026-11-26")))
        #expect(report.contactedWithinTwoWorkingDays == .init(count: 1, of: 2))
        #expect(report.resolvedWithinFourWeeks == .init(count: 0, of: 0))
        #expect(report.resolvedWithinFourWeeks.share == nil)
    }

    @Test("R16: the report carries no respondent names or email addresses, in any format")
    func noPersonalData() throws {
        let store = try AppDatabase.inMemory()
        try store.importText([canonicalHeader, row("R-1", scores: ["3", "8", "8", "8"])].joined(separator: "\n"))
        let report = try store.quarterlyReport(
            try require(Quarter("2026-Q4")), today: try require(LocalDate("2026-11-26")))
        for format in [OutputFormat.text, .json] {
            let text = String(decoding: try report.rendered(as: format), as: UTF8.self)
            #expect(!text.contains("Anna"))
            #expect(!text.contains("@"))
        }
    }

    @Test("The JSON report has a schema version and dates as yyyy-MM-dd")
    func json() throws {
        let store = try AppDatabase.inMemory()
        let report = try store.quarterlyReport(
            try require(Quarter("2026-Q4")), today: try require(LocalDate("2026-11-26")))
        let text = String(decoding: try report.rendered(as: .json), as: UTF8.self)
        #expect(text.contains("\"schemaVersion\" : 1"))
        #expect(text.contains("\"from\" : \"2026-10-01\""))
        #expect(text.contains("\"share\" : null"))
    }
}
