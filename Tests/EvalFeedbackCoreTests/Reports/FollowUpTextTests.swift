import Testing

@testable import EvalFeedbackCore

@Suite("The follow-up list as text, written from its records' bytes")
struct FollowUpTextTests {
    /// A list of `count` cases whose cells are of every kind a register can hold: plain, accented,
    /// too long, with control characters, with bytes that are not UTF-8, and empty.
    static func list(count: Int) throws -> FollowUpList {
        var rows = FollowUpRows()
        let managers = [
            rows.managerIndex("Sanne de Vries"), rows.managerIndex("özlem Şahin"), rows.managerIndex("Mark"),
        ]
        let day = try #require(LocalDate("2026-11-25")).dayNumber
        for index in 0..<count {
            // The last case sorts last among the unassigned (in progress, due latest), and
            // alone has a wide trainer: the second half of a big group decides that width.
            let last = index == count - 1
            rows.begin(
                FollowUpRecord(
                    id: Int64(index * 37 % 100_003 + 1), start: 0, lengths: .zero,
                    manager: index % 5 == 0 && !last ? managers[index % 3] : -1, late: Int32(index % 9),
                    registeredOn: Int32(day - index % 40), contactDue: Int32(day - index % 30),
                    contactedOn: index % 4 == 0 ? Int32(day - 1) : FollowUpRecord.none,
                    resolutionDue: Int32(day + (last ? 1000 : index % 20)), trainingDate: FollowUpRecord.none,
                    source: index % 6 == 0 ? .email : .evaluation,
                    state: index % 4 == 0 ? .contacted : .registered,
                    action: last ? .inProgress : FollowUpAction.allCases[index % FollowUpAction.allCases.count]))
            let clients = ["Klant \(index % 13)", "Cliënt Ünïcode", "Zorggroep Het Baken, Zwolle en Omstreken BV", ""]
            rows.appendText(clients[index % clients.count], as: .client)
            if index % 29 == 0 {
                [UInt8]([0x4A, 0xFF, 0x6F, 0xC3]).withUnsafeBufferPointer { rows.appendText($0, as: .respondent) }
            } else {
                rows.appendText(index % 3 == 0 ? nil : index % 7 == 0 ? "tab\there" : "José \(index)", as: .respondent)
            }
            rows.appendText("r\(index)@example.com", as: .respondentEmail)
            rows.appendText(index % 8 == 0 ? "Agile werken met Scrum in de praktijk (3 dagen)" : "Excel", as: .training)
            rows.appendText(last ? "Gert-Jan van der Heijden" : "Gert \(index % 40)", as: .trainer)
            rows.appendText(index % 6 == 0 ? nil : "training \(index % 6), trainer 4", as: .lowScores)
            let summaries = [nil, "line1\r\nline2 é", String(repeating: "lang verhaal, ", count: 5), "kort"]
            rows.appendText(summaries[index % summaries.count], as: .summary)
            let todo =
                index % 10 == 0
                ? "Resolution due 2026-12-01 (Tuesday): today is the last working day before it: close it, or tell "
                    + "the client why it takes longer ('case extend \(index)')"
                : "Contact due 2026-11-\(10 + index % 20)"
            rows.appendText(todo, as: .todo)
            rows.setTodo(.contactDue(LocalDate(dayNumber: day + index % 20)))
        }
        return FollowUpList(day: try #require(LocalDate("2026-11-25")), manager: nil, rows: rows)
    }

    /// The list as `TextTable` lays out the items' cells: the layout the team has always read.
    static func expected(_ list: FollowUpList) -> String {
        var text = "\(list.title): \(list.headline)\n"
        for group in list.groups {
            text += "\n\(FollowUpList.heading(manager: group.manager, count: group.items.count))\n"
            var table = TextTable(headers: FollowUpList.columns, maxWidths: ["to do": 110, "complaint": 48])
            table.rows = group.items.map { item in
                [
                    String(item.caseID), item.todo, item.client ?? "", item.respondent ?? "", item.training ?? "",
                    item.trainer ?? "", item.lowScores.map { "low scores: \($0)" } ?? item.summary ?? "",
                ]
            }
            text += table.render()
        }
        return text
    }

    @Test("Every kind of cell is shown, cut and padded as a text table shows it")
    func cells() throws {
        let list = try Self.list(count: 600)
        #expect(list.groups.count == 4)
        #expect(
            String(decoding: try list.rendered(as: .text, csvSeparator: .semicolon), as: UTF8.self)
                == Self.expected(list))
    }

    @Test("A group of more than 20,000 cases, written in two halves at once, reads as one table")
    func bigGroup() throws {
        let list = try Self.list(count: 26_000)
        #expect(try #require(list.groups.first).items.count > FollowUpList.splitAt)
        let text = String(decoding: try list.rendered(as: .text, csvSeparator: .semicolon), as: UTF8.self)
        let expected = Self.expected(list)
        #expect(text.count == expected.count)
        #expect(text == expected)
    }

    @Test("Streamed in pieces, as the terminal gets it, the list is the same text, whatever the pieces' size")
    func pieces() throws {
        let list = try Self.list(count: 26_000)
        let whole = try list.rendered(as: .text, csvSeparator: .semicolon)
        for size in [1 << 20, 100_003, 7_777] {
            var pieces: [[UInt8]] = []
            list.writeText(piece: size) { pieces.append($0) }
            #expect(pieces.count > 2)
            #expect(!pieces.contains { $0.isEmpty })
            #expect(pieces.joined().elementsEqual(whole))
        }
    }
}

extension FollowUpRows {
    /// Appends `text` (nil for none) as `field` of the last record begun: lists built by hand.
    fileprivate mutating func appendText(_ text: String?, as field: FollowUpRecord.Field) {
        guard var text else { return }
        text.withUTF8 { appendText($0, as: field) }
    }
}
