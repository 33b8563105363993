@testable import EvalFeedbackCore
import Testing

@Suite("A step's note, written and read back in one place")
struct CaseEventDetailTests {
    static let day = LocalDate(checked: 2027, 1, 15)

    static let details: [(CaseEvent.Kind, CaseEventDetail)] = [
        (.extended, .extended(reason: "Navraag loopt; answer expected later", expected: day)),
        (.closed, .closed(outcome: .resolved, cause: "trainer, zaal", satisfied: .yes, resolution: "Nieuwe datum: 3 feb")),
        (.closed, .closed(outcome: .unfounded, cause: "overig", satisfied: .unknown, resolution: "")),
        (.appealed, .appealed(thirdParty: "Geschillencommissie: kamer 2")),
        (.ruled, .ruled(.upheld, text: "Vergoeding: 100 euro")),
        (
            .registered,
            .lowScores(
                [LowScore(dimension: .day, score: 5), LowScore(dimension: .trainer, score: 4.5)],
                file: "export (2) line.csv", line: 12, unfinished: true)
        ),
        (.registered, .lowScores([LowScore(dimension: .facilities, score: 1)], file: "a.csv", line: 2, unfinished: false)),
    ]

    @Test("Every note the library writes reads back as the same parts, whatever the user's text holds")
    func readsBack() {
        for (kind, detail) in Self.details {
            #expect(CaseEventDetail(kind, note: detail.note) == detail, "\(detail.note)")
        }
        #expect(
            CaseEventDetail.closed(outcome: .resolved, cause: "trainer", satisfied: .yes, resolution: "Andere locatie").note
                == "resolved, cause trainer, client satisfied: yes: Andere locatie")
    }

    @Test("A note typed by hand, or of another step, is no detail")
    func typedByHand() {
        #expect(CaseEventDetail(.contacted, note: "third party: gebeld") == nil)
        #expect(CaseEventDetail(.note, note: "upheld: nee") == nil)
        #expect(CaseEventDetail(.extended, note: "Trainer ziek") == nil)
        #expect(CaseEventDetail(.closed, note: "resolved, zonder meer") == nil)
        #expect(CaseEventDetail(.ruled, note: "misschien: later") == nil)
        #expect(CaseEventDetail(.registered, note: "Telefonisch geklaagd over de locatie") == nil)
    }
}
