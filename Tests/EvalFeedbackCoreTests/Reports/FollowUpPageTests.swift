import Foundation
import GRDB
import TestSupport
import Testing

@testable import EvalFeedbackCore

/// The server shows a manager's list a hundred cases at a time, in the order of the whole list
/// (issue 23): only the page's cases are made into items.
@Suite("A page of the follow-up list")
struct FollowUpPageTests {
    @Test("A page of the list is that part of the whole list's order, cut at its managers")
    func pages() throws {
        let store = try AppDatabase.inMemory()
        let clients = try TemporaryFile(
            name: "clients.csv",
            text: "client,account_manager\nAcme BV,Mark Jansen\nBeta BV,Sanne de Vries\n")
        _ = try store.importClients(from: clients.url, name: "clients.csv")
        let rows = (1...9).map { number in
            row(
                "R-\(number)", scores: ["5", "8", "8", "8"], submitted: "2026-11-2\(number % 5)T10:00:00",
                client: ["Acme BV", "Beta BV", "Gamma BV"][number % 3])
        }
        try store.importText(([canonicalHeader] + rows).joined(separator: "\n"))
        let list = try store.followUpList(on: try require(LocalDate("2026-11-26")), manager: nil)
        let all = list.items
        #expect(all.count == 9)
        for range in [0..<4, 2..<7, 3..<3, 5..<9, 0..<9, 8..<20] {
            let groups = list.groups(in: range)
            let shown = Array(all[range.clamped(to: all.indices)])
            #expect(groups.flatMap(\.items) == shown, "\(range)")
            #expect(
                groups.map(\.manager)
                    == shown.map(\.manager).reduce(into: []) { names, name in
                        if names.last != name { names.append(name) }
                    }, "\(range)")
        }
        let kept = list.keeping(cases: [2, 5, 7])
        #expect(kept.items == all.filter { [2, 5, 7].contains($0.caseID) })
    }
}
