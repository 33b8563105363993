import Testing

@testable import EvalFeedbackCore

/// A workbook's problems became values (issue 23: the import page words them in its reader's
/// language); the CLI's words for them stay as they were.
@Suite("A workbook's problems in the CLI's words")
struct WorkbookProblemTests {
    @Test(
        "A damaged part and unreadable XML are said as before",
        arguments: [
            (
                WorkbookProblem.damaged(part: "p", damage: .localHeaderMissing),
                "p is damaged (its local header is missing)"
            ),
            (.damaged(part: "p", damage: .runsPastEnd), "p is damaged (its packed bytes run past the end of the file)"),
            (
                .damaged(part: "p", damage: .endsElsewhere),
                "p is damaged (its packed data does not end where it should)"
            ),
            (.damaged(part: "p", damage: .fileEndsInside), "p is damaged (the file ends inside it)"),
            (.damaged(part: "p", damage: .checksumMismatch), "p is damaged (its checksum does not match its content)"),
            (
                .damaged(part: "p", damage: .directoryUnreadable),
                "p is damaged (the archive's directory cannot be read)"
            ),
            (.damaged(part: "p", damage: .other("inflate failed")), "p is damaged (inflate failed)"),
            (.badXML(part: "p", fault: .unfinished), "p is not readable XML (it ends in the middle)"),
            (
                .badXML(part: "p", fault: .parserError(code: 4, line: 2)),
                "p is not readable XML (XML error 4 at line 2)"
            ),
            (
                .badXML(part: "p", fault: .parserError(code: nil, line: 2)),
                "p is not readable XML (XML error at line 2)"
            ),
        ])
    func words(problem: WorkbookProblem, text: String) {
        #expect(problem.text == text)
    }

    @Test("A header that is not the tool's is said as before")
    func headerMismatch() {
        #expect(
            HeaderMismatch.noQualtricsIDs.text
                == "it has neither Qualtrics' ResponseId column nor its row of {\"ImportId\":...} cells")
        #expect(HeaderMismatch.noV1.text == "its first row does not start with V1, as the legacy export's does")
        #expect(
            HeaderMismatch.noSubQuestionRow.text
                == "its second row is not SurveyMonkey's row of sub-questions (its first cell is filled in)")
    }
}
