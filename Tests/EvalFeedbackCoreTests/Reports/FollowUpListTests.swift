import Foundation
import GRDB
import Testing

@testable import EvalFeedbackCore

@Suite("The follow-up list (R9, R10, R15, R16)")
struct FollowUpListTests {
    let store: AppDatabase

    init() throws {
        store = try AppDatabase.inMemory()
        let clients = try TemporaryFile(
            name: "clients.csv",
            text: "klant;accountmanager;e-mail\nZorggroep Het Baken;Sanne de Vries;sanne@academie.example\n"
                + "Gemeente Zuidwolde;Mark Jansen;mark@academie.example\n")
        _ = try store.importClients(from: clients.url, name: "clients.csv")
        let text = [
            canonicalHeader,
            row("R-1", scores: ["5", "8", "8", "8"], submitted: "2026-11-23T10:00:00"),  // contact due Wed 25th
            row("R-2", scores: ["8", "8", "8", "4"], submitted: "2026-11-24T10:00:00", client: "gemeente  zuidwolde"),
            row("R-3", scores: ["8", "2", "8", "8"], submitted: "2026-11-25T10:00:00", client: "Onbekend BV"),
            row("R-4", scores: ["6", "8", "8", "8"], submitted: "2026-10-20T10:00:00"),  // resolution due 17 Nov
        ].joined(separator: "\n")
        try store.importText(text)
    }

    @Test("Overdue contact first, then contact due today, then by resolution due")
    func order() throws {
        let list = try store.followUpList(on: try require(LocalDate("2026-11-26")), manager: nil)
        #expect(list.items.map(\.caseID) == [4, 1, 2, 3])
        #expect(list.items.map(\.urgency) == [.contactOverdue, .contactOverdue, .contactDueToday, .open])
        #expect(
            list.items.map(\.status) == [
                "contact overdue, 25 working days", "contact overdue, 1 working day", "contact due today",
                "contact due 2026-11-27",
            ])
    }

    @Test("R10: a contacted case past its four weeks is listed as resolution overdue")
    func resolutionOverdue() throws {
        try store.withConnection { db in
            try db.execute(
                sql: "UPDATE complaint_case SET contacted_on = '2026-10-21', state = 'contacted' WHERE id = 4")
        }
        let list = try store.followUpList(on: try require(LocalDate("2026-11-26")), manager: nil)
        let item = try #require(list.items.first { $0.caseID == 4 })
        #expect(item.urgency == .resolutionOverdue)
        #expect(item.status == "resolution overdue, 7 working days")
    }

    @Test("R15: cases follow their client's account manager; an unknown client's case is unassigned, not hidden")
    func managers() throws {
        let list = try store.followUpList(on: try require(LocalDate("2026-11-26")), manager: nil)
        #expect(list.items.map(\.manager) == ["Sanne de Vries", "Sanne de Vries", "Mark Jansen", nil])
    }

    @Test("R16: a manager's list shows only that manager's cases; the name's case does not matter")
    func oneManager() throws {
        let list = try store.followUpList(on: try require(LocalDate("2026-11-26")), manager: "mark jansen")
        #expect(list.items.map(\.caseID) == [2])
        #expect(list.manager == "Mark Jansen")
    }

    @Test("R16: a manager's name with accents matches however it is typed")
    func accentedManager() throws {
        let clients = try TemporaryFile(name: "more.csv", text: "client,account_manager\nOnbekend BV,Özlem Şahin\n")
        _ = try store.importClients(from: clients.url, name: "more.csv")
        let list = try store.followUpList(on: try require(LocalDate("2026-11-26")), manager: "ozlem sahin")
        #expect(list.items.map(\.caseID) == [3])
        #expect(list.manager == "Özlem Şahin")
    }

    @Test("An unknown manager is an error that names the known ones")
    func unknownManager() throws {
        #expect(throws: ListError.unknownManager("Piet", known: ["Mark Jansen", "Sanne de Vries"])) {
            try store.followUpList(on: try require(LocalDate("2026-11-26")), manager: "Piet")
        }
    }

    @Test("Closed cases are not on the list")
    func closed() throws {
        try store.withConnection { db in
            try db.execute(sql: "UPDATE complaint_case SET closed_on = '2026-11-25', state = 'closed' WHERE id = 1")
        }
        let list = try store.followUpList(on: try require(LocalDate("2026-11-26")), manager: nil)
        #expect(!list.items.contains { $0.caseID == 1 })
    }
}
