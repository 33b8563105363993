import Foundation
import GRDB
import TestSupport
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

    @Test("Unassigned cases first, then per manager; within a manager the most urgent action first")
    func order() throws {
        let list = try store.followUpList(on: try require(LocalDate("2026-11-26")), manager: nil)
        #expect(list.items.map(\.caseID) == [3, 2, 4, 1])
        #expect(list.groups.map(\.manager) == [nil, "Mark Jansen", "Sanne de Vries"])
        #expect(list.items.map(\.action) == [.inProgress, .contactDueToday, .contactOverdue, .contactOverdue])
        #expect(
            list.items.map(\.todo) == [
                "Contact due 2026-11-27", "Contact the client today, then 'case contact 2'",
                "Contact the client now: contact was due 2026-10-22, 25 working days late",
                "Contact the client now: contact was due 2026-11-25, 1 working day late",
            ])
        #expect(
            list.headline
                == "4 cases, 3 need action today (2 contact overdue, 1 contact due today), 1 unassigned")
    }

    @Test("R10: a contacted case past its four weeks is listed as resolution overdue")
    func resolutionOverdue() throws {
        try store.withConnection { db in
            try db.execute(
                sql: "UPDATE complaint_case SET contacted_on = '2026-10-21', state = 'contacted' WHERE id = 4")
        }
        let list = try store.followUpList(on: try require(LocalDate("2026-11-26")), manager: nil)
        let item = try #require(list.items.first { $0.caseID == 4 })
        #expect(item.action == .resolutionOverdue)
        #expect(item.workingDaysOverdue == 7)
        #expect(item.todo.hasPrefix("Resolution overdue since 2026-11-17, 7 working days late: close it"))
    }

    @Test("R15: cases follow their client's account manager; an unknown client's case is unassigned, not hidden")
    func managers() throws {
        let list = try store.followUpList(on: try require(LocalDate("2026-11-26")), manager: nil)
        #expect(list.items.map(\.manager) == [nil, "Mark Jansen", "Sanne de Vries", "Sanne de Vries"])
    }

    @Test("R15, R16: one manager spelled two ways is one list and one group")
    func managerSpelling() throws {
        let more = try TemporaryFile(name: "more.csv", text: "client,account_manager\nOnbekend BV,MARK JANSEN\n")
        _ = try store.importClients(from: more.url, name: "more.csv")
        let list = try store.followUpList(on: try require(LocalDate("2026-11-26")), manager: "mark jansen")
        #expect(list.items.map(\.caseID) == [2, 3])
        #expect(list.groups.count == 1)
        #expect(list.items.allSatisfy { $0.manager == "Mark Jansen" })
    }

    @Test("A list as of an earlier day leaves out the cases registered after it")
    func earlierDay() throws {
        let list = try store.followUpList(on: try require(LocalDate("2026-11-24")), manager: nil)
        #expect(list.items.map(\.caseID).sorted() == [1, 2, 4])
    }

    @Test("R15: with a default account manager configured, nobody's cases go to that manager")
    func defaultManager() throws {
        let settings = Settings(defaultManager: "Team Academie")
        let list = try store.followUpList(on: try require(LocalDate("2026-11-26")), manager: nil, settings: settings)
        #expect(list.items.first { $0.caseID == 3 }?.manager == "Team Academie")
        let team = try store.followUpList(
            on: try require(LocalDate("2026-11-26")), manager: "team academie", settings: settings)
        #expect(team.items.map(\.caseID) == [3])
    }

    @Test("R16: a manager's list shows only that manager's cases; the name's case does not matter")
    func oneManager() throws {
        let list = try store.followUpList(on: try require(LocalDate("2026-11-26")), manager: "mark jansen")
        #expect(list.items.map(\.caseID) == [2])
        #expect(list.manager == "Mark Jansen")
    }

    @Test(
        "R15, R16: one manager's list reads only the cases that may be theirs, and is the whole list's cases of that manager",
        arguments: [
            nil,  // no default manager
            "Team Academie",  // a default manager, who gets the cases without one
        ])
    func narrowedToOneManager(defaultManager: String?) throws {
        let day = try require(LocalDate("2026-11-26"))
        let settings = Settings(defaultManager: defaultManager)
        // Mark's client, assigned by hand to Sanne; Sanne's client, assigned by hand to mark (lower case).
        try store.importText(
            [
                canonicalHeader,
                row(
                    "R-5", scores: ["5", "8", "8", "8"], submitted: "2026-11-24T11:00:00", client: "Gemeente Zuidwolde"),
                row("R-6", scores: ["5", "8", "8", "8"], submitted: "2026-11-24T12:00:00"),
            ].joined(separator: "\n"), name: "more.csv")
        try store.withConnection { db in
            try db.execute(sql: "UPDATE complaint_case SET assigned_manager = 'Sanne de Vries' WHERE id = 5")
            try db.execute(sql: "UPDATE complaint_case SET assigned_manager = 'mark jansen' WHERE id = 6")
        }
        let everyone = try store.followUpList(on: day, manager: nil, settings: settings)
        for manager in ["Mark Jansen", "sanne de vries"] + (defaultManager.map { [$0] } ?? []) {
            let mine = try store.followUpList(on: day, manager: manager, settings: settings)
            let theirs = everyone.items.filter { ClientKey.of($0.manager ?? "") == ClientKey.of(manager) }
            #expect(mine.items.map(\.caseID) == theirs.map(\.caseID), "\(manager)")
            #expect(!mine.items.isEmpty, "\(manager)")
            // What was read: only the cases that may be this manager's, unless they are the default.
            let read = try store.readFollowUpCandidates(
                on: day, defaultManager: defaultManager, manager: manager
            ) { candidates in
                var ids: [Int64] = []
                try candidates.each { ids.append($0.id) }
                return ids
            }
            let expected =
                ClientKey.of(manager) == ClientKey.of(defaultManager ?? "")
                ? [1, 2, 3, 4, 5, 6] : theirs.map(\.caseID).sorted()
            #expect(read.flatMap { $0 }.sorted() == expected, "\(manager)")
        }
        #expect(try store.followUpList(on: day, manager: "Mark Jansen").items.map(\.caseID).sorted() == [2, 6])
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
        let day = try require(LocalDate("2026-11-26"))
        let before = try store.followUpList(on: day, manager: nil).items.map(\.caseID)
        #expect(before.contains(1), "the case was on the list while open")
        try store.withConnection { db in
            try db.execute(sql: "UPDATE complaint_case SET closed_on = '2026-11-25', state = 'closed' WHERE id = 1")
        }
        let list = try store.followUpList(on: day, manager: nil)
        #expect(list.items.map(\.caseID) == before.filter { $0 != 1 }, "only the closed case left the list")
    }

    @Test("R9: cases that stand alike each name their own number in the to-do")
    func aliked() throws {
        try store.importText(
            [
                canonicalHeader,
                row("R-5", scores: ["5", "8", "8", "8"], submitted: "2026-11-24T11:00:00"),
                row("R-6", scores: ["4", "8", "8", "8"], submitted: "2026-11-24T12:00:00"),
            ].joined(separator: "\n"))
        let list = try store.followUpList(on: try require(LocalDate("2026-11-26")), manager: nil)
        let due = list.items.filter { $0.action == .contactDueToday }
        #expect(due.map(\.caseID) == [2, 5, 6])
        #expect(due.map(\.todo) == due.map { "Contact the client today, then 'case contact \($0.caseID)'" })
    }
}

/// The list finds its cases on the indexes, then keeps those the domain says belong on it:
/// the query must never narrow what `CaseStanding.isOnFollowUpList` would keep.
@Suite("The follow-up list keeps exactly the cases the domain puts on it")
struct FollowUpSelectionTests {
    @Test(
        "R12, R14: every state, with and without a closing email owed or a ruling to carry out",
        arguments: CaseState.allCases)
    func selection(state: CaseState) throws {
        let store = try AppDatabase.inMemory()
        try store.importText(
            [canonicalHeader, row("R-1", scores: ["5", "8", "8", "8"], submitted: "2026-10-01T10:00:00")].joined(
                separator: "\n"))
        let today = LocalDate(checked: 2026, 11, 26)
        // closed_on, closing_email_owed, closing_email_sent_on, appealed_on, ruling, consequences_done_on
        let variants: [[(any DatabaseValueConvertible)?]] = [
            [nil, 0, nil, nil, nil, nil],
            ["2026-10-20", 1, nil, nil, nil, nil],  // a closing email owed
            ["2026-10-20", 1, "2026-10-21", nil, nil, nil],  // sent
            ["2026-10-20", 0, nil, "2026-10-25", "upheld", nil],  // consequences outstanding
            ["2026-10-20", 0, nil, "2026-10-25", "upheld", "2026-11-02"],  // carried out
            ["2026-10-20", 0, nil, "2026-10-25", "rejected", nil],
        ]
        for values in variants {
            try store.withConnection { db in
                try db.execute(
                    sql: """
                        UPDATE complaint_case SET state = ?, closed_on = ?, closing_email_owed = ?,
                            closing_email_sent_on = ?, appealed_on = ?, ruling = ?, consequences_done_on = ?,
                            ruled_on = CASE WHEN ? IS NULL THEN NULL ELSE '2026-10-30' END
                        WHERE id = 1
                        """, arguments: StatementArguments([state.rawValue] + values + [values[4]]))
            }
            let complaint = try store.complaintCase(1, defaultManager: nil)
            let listed = try store.followUpList(on: today, manager: nil).items.map(\.caseID)
            #expect(
                listed == (complaint.standing.isOnFollowUpList ? [1] : []),
                "\(state.rawValue), \(values.map { $0.map { "\($0)" } ?? "NULL" })")
        }
    }
}
