import Foundation

/// What a step's note holds when the library writes it, typed: the register keeps the note as
/// text (`note`, which the CLI shows as it stands), and a page words the parts in its reader's
/// language (`init?(_:note:)` reads them back). Written and read in this one place, so that the
/// two cannot drift apart.
public enum CaseEventDetail: Sendable, Equatable {
    /// The delay the client was told of (R11).
    case extended(reason: String, expected: LocalDate)
    /// How the case was closed (R14).
    case closed(outcome: CaseOutcome, cause: String, satisfied: ClientSatisfaction, resolution: String)
    /// To whom the client appealed (R12).
    case appealed(thirdParty: String)
    /// The third party's ruling (R12).
    case ruled(Ruling, text: String)
    /// The low scores an import opened the case for, and where in which file (R3).
    case lowScores([LowScore], file: String, line: Int, unfinished: Bool)

    /// The note as the register keeps it.
    public var note: String {
        switch self {
        case .extended(let reason, let expected): "\(reason); answer expected \(expected)"
        case .closed(let outcome, let cause, let satisfied, let resolution):
            "\(outcome.rawValue), cause \(cause), client satisfied: \(satisfied.rawValue): \(resolution)"
        case .appealed(let thirdParty): "third party: \(thirdParty)"
        case .ruled(let ruling, let text): "\(ruling.rawValue): \(text)"
        case .lowScores(let scores, let file, let line, let unfinished):
            Self.lowScoresNote(LowScore.text(scores), file: file, line: line, unfinished: unfinished)
        }
    }

    /// The note of `lowScores` from its scores' cell (`LowScore.text`): for an import, which
    /// writes the same few cells for a hundred thousand cases and makes each once.
    static func lowScoresNote(_ cell: String, file: String, line: Int, unfinished: Bool) -> String {
        "low score: \(cell) (\(file) line \(line)\(unfinished ? ", unfinished response" : ""))"
    }

    /// The parts of a note of `kind` that `note` wrote; nil for any other text (a note typed by
    /// hand, or one this version does not write).
    public init?(_ kind: CaseEvent.Kind, note: String) {
        switch kind {
        case .extended:
            guard let cut = note.range(of: "; answer expected ", options: .backwards),
                let expected = LocalDate(String(note[cut.upperBound...]))
            else { return nil }
            self = .extended(reason: String(note[..<cut.lowerBound]), expected: expected)
        case .closed:
            guard let outcomeEnd = note.range(of: ", cause "),
                let outcome = CaseOutcome(rawValue: String(note[..<outcomeEnd.lowerBound])),
                let causeEnd = note.range(of: ", client satisfied: ", range: outcomeEnd.upperBound..<note.endIndex),
                let satisfiedEnd = note.range(of: ": ", range: causeEnd.upperBound..<note.endIndex),
                let satisfied = ClientSatisfaction(rawValue: String(note[causeEnd.upperBound..<satisfiedEnd.lowerBound]))
            else { return nil }
            self = .closed(
                outcome: outcome, cause: String(note[outcomeEnd.upperBound..<causeEnd.lowerBound]),
                satisfied: satisfied, resolution: String(note[satisfiedEnd.upperBound...]))
        case .appealed:
            guard note.hasPrefix("third party: ") else { return nil }
            self = .appealed(thirdParty: String(note.dropFirst("third party: ".count)))
        case .ruled:
            guard let cut = note.range(of: ": "), let ruling = Ruling(rawValue: String(note[..<cut.lowerBound]))
            else { return nil }
            self = .ruled(ruling, text: String(note[cut.upperBound...]))
        case .registered:
            guard note.hasPrefix("low score: "), note.hasSuffix(")"),
                let open = note.range(of: " ("),  // the scores hold none; a file's name may
                let scores = LowScore.scores(in: String(note[note.index(note.startIndex, offsetBy: 11)..<open.lowerBound]))
            else { return nil }
            var place = String(note[open.upperBound..<note.index(before: note.endIndex)])
            let unfinished = place.hasSuffix(", unfinished response")
            if unfinished { place.removeLast(", unfinished response".count) }
            guard let lineCut = place.range(of: " line ", options: .backwards),
                let line = Int(place[lineCut.upperBound...])
            else { return nil }
            self = .lowScores(scores, file: String(place[..<lineCut.lowerBound]), line: line, unfinished: unfinished)
        default:
            return nil
        }
    }
}
