import Foundation
import GRDB
import Testing

@testable import EvalFeedbackCore

/// Every read of cases follows one policy: a stored value this version does not write stops
/// the read with the case, the column and what to do. No case is left out silently: a report
/// that skipped it would count too few, and a follow-up list would hide a complaint.
@Suite("One case reader, one error policy")
struct CaseReaderTests {
    let store: AppDatabase
    let today = LocalDate(checked: 2026, 11, 26)

    init() throws {
        store = try AppDatabase.withTwoCases()
    }

    /// Every way the library reads cases, each on the register as it is.
    private func everyRead() -> [(String, () throws -> Void)] {
        [
            ("case sheet", { _ = try store.complaintCase(2, defaultManager: nil) }),
            ("follow-up list", { _ = try store.followUpList(on: today, manager: nil) }),
            ("quarterly report", { _ = try store.quarterlyReport(Quarter(containing: today), today: today) }),
            (
                "register extract",
                {
                    _ = try store.registerExtract(
                        from: LocalDate(checked: 2026, 10, 1), to: today, withPersonalData: false)
                }
            ),
        ]
    }

    private func corrupt(_ assignment: String) throws {
        try store.withConnection { db in try db.execute(sql: "UPDATE complaint_case SET \(assignment) WHERE id = 2") }
    }

    @Test("A date that is no date stops every read with the case number and the column")
    func corruptDate() throws {
        for (name, read) in everyRead() {
            #expect(throws: Never.self, "\(name) reads the register as it is") { try read() }
        }
        try corrupt("contact_due = '2026-11-31'")
        for (name, read) in everyRead() {
            let error = #expect(throws: ListError.self, "\(name)") { try read() }
            #expect(
                error?.description == "case 2: the database holds '2026-11-31' in contact_due, which is not a date "
                    + "(yyyy-MM-dd); correct it with sqlite3 or restore a backup. Nothing was listed, so that no "
                    + "case is left out.", "\(name)")
        }
    }

    @Test("Bytes where a day belongs stop every read, as a date that is no date does")
    func bytesForDate() throws {
        // A number becomes text in a TEXT column; bytes stay bytes.
        try corrupt("contact_due = x'3230323621'")
        for (name, read) in everyRead() {
            let error = #expect(throws: ListError.self, "\(name)") { try read() }
            #expect(error?.description.contains("in contact_due, which is not a date") == true, "\(name)")
        }
    }

    @Test("A closed word stored as bytes that are no text is refused as a word, not as a date, by every read")
    func bytesForWord() throws {
        // An appealed case (so that every reader reads its ruling) whose ruling is one byte
        // that is no UTF-8: the case record once called it "not a date".
        try corrupt("state = 'appealed', appealed_on = '2026-11-25', ruling = x'ff'")
        for (name, read) in everyRead() {
            let error = #expect(throws: ListError.self, "\(name)") { try read() }
            #expect(
                error
                    == .corruptValue(
                        case: 2, column: "ruling", value: "\u{FFFD}", known: Ruling.allCases.map(\.rawValue)),
                "\(name)")
        }
    }

    @Test("A state stored as bytes that are no text stops every read with the case and the column")
    func bytesForState() throws {
        // The follow-up list once looked for unknown states in a pass of its own, which
        // stopped the program on such a value instead of saying which case holds it.
        try corrupt("state = x'ff'")
        for (name, read) in everyRead() {
            let error = #expect(throws: ListError.self, "\(name)") { try read() }
            #expect(
                error
                    == .corruptValue(
                        case: 2, column: "state", value: "\u{FFFD}", known: CaseState.allCases.map(\.rawValue)),
                "\(name)")
        }
    }

    @Test("A required day left empty stops every read that needs it")
    func emptyRequiredDate() throws {
        try corrupt("registered_on = ''")
        for (name, read) in everyRead() where name != "quarterly report" && name != "register extract" {
            // The report and the extract select cases by their registration day: an empty one
            // is in no period, as SQLite compares it.
            let error = #expect(throws: ListError.self, "\(name)") { try read() }
            #expect(error == .corruptDate(case: 2, column: "registered_on", value: ""), "\(name)")
        }
    }

    @Test(
        "A step's column the case has not reached is not read by any reader",
        arguments: [
            "closing_email_sent_on = 'x'",  // not closed: the closing's columns mean nothing yet
            "ruled_on = 'x', ruling = 'maybe'",  // not appealed
            "extension_told_on = 'x'",  // no promised day, so no extension
        ])
    func unreachedColumns(assignment: String) throws {
        try corrupt(assignment)
        for (name, read) in everyRead() {
            #expect(throws: Never.self, "\(name)") { try read() }
        }
    }

    @Test("A state this version does not know stops every read, rather than counting the case as registered")
    func unknownState() throws {
        try corrupt("state = 'parked'")
        for (name, read) in everyRead() {
            let error = #expect(throws: ListError.self, "\(name)") { try read() }
            #expect(
                error
                    == .corruptValue(
                        case: 2, column: "state", value: "parked",
                        known: CaseState.allCases.map(\.rawValue)),
                "\(name)")
        }
    }
}
