import Testing

@testable import EvalFeedbackCore

@Suite("Lining records up with the header (R4, R5)")
struct ColumnAlignmentTests {
    let header: HeaderMap

    init() throws {
        header = try HeaderMap(
            header: [
                "response_id", "client", "score_training", "score_day", "score_facilities", "score_trainer", "comment",
            ],
            file: "x.csv", line: 1)
    }

    private func align(_ line: String) -> ColumnAlignment.Outcome {
        let fields = line.split(separator: ",", omittingEmptySubsequences: false).map { Array($0.utf8) }
        return ColumnAlignment.align(fields, header: header, delimiter: UInt8(ascii: ","))
    }

    @Test("A record of the header's width, or with a trailing delimiter, is aligned as it is")
    func asIs() {
        #expect(
            align("R-1,Acme,5,8,8,8,ok")
                == .aligned(["R-1", "Acme", "5", "8", "8", "8", "ok"].map { Array($0.utf8) }, repair: nil))
        #expect(
            align("R-1,Acme,5,8,8,8,ok,")
                == .aligned(["R-1", "Acme", "5", "8", "8", "8", "ok"].map { Array($0.utf8) }, repair: nil))
    }

    @Test("R4: an unquoted delimiter in the last column's text is joined back, with a warning")
    func joinedComment() {
        let outcome = align("R-1,Acme,5,8,8,8,goed, maar kort")
        #expect(
            outcome
                == .aligned(
                    ["R-1", "Acme", "5", "8", "8", "8", "goed, maar kort"].map { Array($0.utf8) },
                    repair: FieldProblem(
                        field: .comment,
                        message: "holds an unquoted delimiter: the record has 8 fields where the header has 7, "
                            + "the last 2 were read as this one field; check the line")))
    }

    @Test("R4: a record that stops after its scores is read with the rest empty, with a warning")
    func missingComment() {
        #expect(
            align("R-1,Acme,5,8,8,8")
                == .aligned(
                    ["R-1", "Acme", "5", "8", "8", "8", ""].map { Array($0.utf8) },
                    repair: FieldProblem(
                        field: .comment,
                        message:
                            "missing: the record has 6 fields where the header has 7; read as empty, check the line")))
    }

    @Test(
        "R5: a record whose columns are shifted is rejected",
        arguments: [
            (
                "R-1,Acme, Inc,5,8,8,8,",
                "has 8 fields where the header has 7; a delimiter in an unquoted value shifts the columns, so its scores cannot be read safely"
            ),
            (
                "R-1,Acme,5,8,8",
                "has 5 fields where the header has 7; a delimiter is missing or the line was cut off, so its scores cannot be read safely"
            ),
        ])
    func shifted(line: String, reason: String) {
        #expect(align(line) == .rejected(reason))
    }
}
